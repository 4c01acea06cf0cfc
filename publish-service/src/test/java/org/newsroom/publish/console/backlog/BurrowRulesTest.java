package org.newsroom.publish.console.backlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BurrowRulesTest {

    /** Samples 10 s apart from (committed, end) pairs. */
    private static List<OffsetSample> window(long... committedAndEnd) {
        List<OffsetSample> samples = new ArrayList<>();
        for (int i = 0; i < committedAndEnd.length; i += 2) {
            samples.add(new OffsetSample(1_000_000 + i * 5_000L, committedAndEnd[i], 0, committedAndEnd[i + 1]));
        }
        return samples;
    }

    @Test
    void lagAtZeroAnywhereInTheWindowIsOk() {
        assertThat(BurrowRules.evaluate(window(10, 10, 10, 20, 10, 30), true)).isEqualTo(BacklogStatus.OK);
    }

    @Test
    void shrinkingLagIsOk() {
        assertThat(BurrowRules.evaluate(window(0, 100, 40, 110, 90, 120), true)).isEqualTo(BacklogStatus.OK);
    }

    @Test
    void movingOffsetsWithLagThatNeverShrinksIsWarn() {
        assertThat(BurrowRules.evaluate(window(0, 100, 10, 120, 20, 140), true)).isEqualTo(BacklogStatus.WARN);
        assertThat(BurrowRules.evaluate(window(0, 100, 10, 110, 20, 120), true))
                .as("a constant lag does not shrink either").isEqualTo(BacklogStatus.WARN);
    }

    @Test
    void membersWhoseOffsetsDoNotMoveWhileLagExistsAreStalled() {
        assertThat(BurrowRules.evaluate(window(50, 100, 50, 100, 50, 130), true)).isEqualTo(BacklogStatus.STALL);
    }

    @Test
    void lagWithNobodyConsumingIsStopped() {
        assertThat(BurrowRules.evaluate(window(50, 100, 50, 130), false)).isEqualTo(BacklogStatus.STOP);
        assertThat(BurrowRules.evaluate(window(-1, 5), false)).as("no commit at all: lag from the log start")
                .isEqualTo(BacklogStatus.STOP);
    }

    @Test
    void anIdleGroupThatIsCaughtUpIsOk() {
        assertThat(BurrowRules.evaluate(window(100, 100, 100, 100), false)).isEqualTo(BacklogStatus.OK);
    }

    @Test
    void oneSampleWithLagAndMembersIsNotJudgedYet() {
        assertThat(BurrowRules.evaluate(window(50, 100), true)).isEqualTo(BacklogStatus.OK);
        assertThat(BurrowRules.evaluate(List.of(), true)).isEqualTo(BacklogStatus.OK);
    }

    @Test
    void aGroupIsAsBadAsItsWorstPartition() {
        assertThat(BurrowRules.worst(List.of(BacklogStatus.OK, BacklogStatus.STALL, BacklogStatus.WARN)))
                .isEqualTo(BacklogStatus.STALL);
        assertThat(BurrowRules.worst(List.of())).isEqualTo(BacklogStatus.OK);
    }

    @Test
    void lagCountsFromTheLogStartWithoutACommit() {
        assertThat(new OffsetSample(0, -1, 40, 100).lag()).isEqualTo(60);
        assertThat(new OffsetSample(0, 120, 0, 100).lag()).isZero();
    }
}
