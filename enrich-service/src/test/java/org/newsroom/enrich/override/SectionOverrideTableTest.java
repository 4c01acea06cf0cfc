package org.newsroom.enrich.override;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.newsroom.events.Article;
import org.newsroom.events.SectionOverride;

class SectionOverrideTableTest {

    private static SectionOverride override(long version, String section) {
        return new SectionOverride("urn:x:1", version, 0, section, "ana", Instant.EPOCH, "politics", null, null);
    }

    private static Article article(long version) {
        return Article.builder().uri("urn:x:1").version(version).versioncreated(Instant.EPOCH).headline("h")
                .source("demo").format("ninjs").build();
    }

    @Test
    void anOlderOffsetNeverReplacesANewerDecision() {
        SectionOverrideTable table = new SectionOverrideTable();

        table.put(override(2, "life"), 7);
        table.put(override(1, "business"), 5);
        table.remove("urn:x:1", 6);

        assertThat(table.find("urn:x:1")).get().extracting(SectionOverride::section).isEqualTo("life");
        table.remove("urn:x:1", 8);
        assertThat(table.find("urn:x:1")).isEmpty();
    }

    @Test
    void theDecidedVersionAndOlderOnesAreSupersededLaterOnesAreNot() {
        SectionOverrideTable table = new SectionOverrideTable();
        table.put(override(3, "life"), 0);

        assertThat(table.supersedes(article(2))).isPresent();
        assertThat(table.supersedes(article(3))).isPresent();
        assertThat(table.supersedes(article(4))).isEmpty();
    }
}
