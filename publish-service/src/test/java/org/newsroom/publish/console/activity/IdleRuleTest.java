package org.newsroom.publish.console.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IdleRuleTest {

    private static final long MINUTE = 60_000;
    private final IdleRule rule = new IdleRule(4, Duration.ofMinutes(30), 5);

    @Test
    void anAgencySendingEveryTenMinutesIsIdleAfterFortyMinutesOfQuiet() {
        // 13 stories from 00:00 to 02:00: usual gap 10 min
        assertThat(rule.idle(120 * MINUTE + 39 * MINUTE, 0, 120 * MINUTE, 13)).isFalse();
        assertThat(rule.idle(120 * MINUTE + 41 * MINUTE, 0, 120 * MINUTE, 13)).isTrue();
    }

    @Test
    void aBusyAgencyIsNeverIdleBeforeTheMinimumQuiet() {
        // every minute: 4 × gap = 4 min, but the floor is 30 min
        assertThat(rule.idle(100 * MINUTE + 29 * MINUTE, 0, 100 * MINUTE, 101)).isFalse();
        assertThat(rule.idle(100 * MINUTE + 31 * MINUTE, 0, 100 * MINUTE, 101)).isTrue();
    }

    @Test
    void anAgencyThatRarelySendsIsNotJudged() {
        assertThat(rule.idle(10_000 * MINUTE, 0, 60 * MINUTE, 4)).isFalse();
    }
}
