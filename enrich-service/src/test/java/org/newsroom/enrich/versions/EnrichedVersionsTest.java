package org.newsroom.enrich.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.newsroom.events.Article;
import org.newsroom.events.PubStatus;

class EnrichedVersionsTest {

    private static final String URI = "urn:test:versions:1";
    private final EnrichedVersions versions = new EnrichedVersions();

    @Test
    void aLateOlderVersionIsStale() {
        versions.saw(article(2, PubStatus.USABLE));
        assertThat(versions.isStale(article(1, PubStatus.USABLE))).isTrue();
        assertThat(versions.isStale(article(2, PubStatus.USABLE))).as("a redelivery or re-send").isFalse();
        assertThat(versions.isStale(article(3, PubStatus.USABLE))).isFalse();
    }

    @Test
    void anyVersionAfterAKillIsStaleButAKillNeverIs() {
        versions.saw(article(2, PubStatus.CANCELED));
        assertThat(versions.isStale(article(3, PubStatus.USABLE))).isTrue();
        assertThat(versions.isStale(article(1, PubStatus.CANCELED))).isFalse();
    }

    @Test
    void aLateOlderRecordOnTheTopicDoesNotLowerTheNewest() {
        versions.saw(article(3, PubStatus.USABLE));
        versions.saw(article(1, PubStatus.USABLE));
        assertThat(versions.isStale(article(2, PubStatus.USABLE))).isTrue();
    }

    @Test
    void unknownUrisAreNotStale() {
        assertThat(versions.isStale(article(1, PubStatus.USABLE))).isFalse();
    }

    private static Article article(long version, PubStatus pubstatus) {
        return Article.builder().uri(URI).version(version).versioncreated(Instant.parse("2026-11-30T10:00:00Z"))
                .pubstatus(pubstatus).headline("Headline").bodyHtml("<p>Body</p>").source("test").format("ninjs")
                .build();
    }
}
