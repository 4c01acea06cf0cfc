package org.newsroom.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SectionOverrideTest {

    @Test
    void roundTripsWithTheContractsFieldNames() {
        SectionOverride override = new SectionOverride("urn:x:1", 3, 1, "business", "editor",
                Instant.parse("2026-12-01T09:00:00Z"), "politics", 2, 41L);

        String json = new String(override.encode(), StandardCharsets.UTF_8);

        assertThat(json).contains("\"uri\":\"urn:x:1\"", "\"version\":3", "\"section\":\"business\"",
                "\"editor\":\"editor\"", "\"at\":\"2026-12-01T09:00:00Z\"", "\"previous\":\"politics\"",
                "\"enriched_partition\":2", "\"enriched_offset\":41");
        assertThat(SectionOverride.decode(override.encode())).isEqualTo(override);
    }

    @Test
    void hintAndPreviousAreOptional() {
        SectionOverride override = SectionOverride.decode(("{\"uri\":\"urn:x:1\",\"version\":1,\"section\":\"life\","
                + "\"editor\":\"e\",\"at\":\"2026-12-01T09:00:00Z\"}").getBytes(StandardCharsets.UTF_8));

        assertThat(override.previous()).isNull();
        assertThat(override.enrichedOffset()).isNull();
        assertThat(override.revision()).isZero();
    }

    @Test
    void invalidOverrideNamesTheField() {
        assertThatThrownBy(() -> SectionOverride.decode(("{\"uri\":\"urn:x:1\",\"version\":1,\"section\":\" \","
                + "\"editor\":\"e\",\"at\":\"2026-12-01T09:00:00Z\"}").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ArticleFormatException.class).hasMessageContaining("section must not be blank");
        assertThatThrownBy(() -> SectionOverride.decode(null)).isInstanceOf(ArticleFormatException.class);
        assertThatThrownBy(() -> SectionOverride.decode("nope".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ArticleFormatException.class);
    }

    @Test
    void revisionIsBoundedSoTheDocumentVersionStaysBelowTheKillMarker() {
        assertThatThrownBy(() -> new Enrichment("b", null, null, null, null, null, Instant.EPOCH, null,
                Enrichment.MAX_REVISION + 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("revision must be within 0..999");
        assertThatThrownBy(() -> Article.builder().uri("urn:x").version(Article.MAX_VERSION + 1)
                .versioncreated(Instant.EPOCH).headline("h").source("demo").format("ninjs").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version must be <=");
        assertThat(Article.MAX_VERSION * (Enrichment.MAX_REVISION + 1) + Enrichment.MAX_REVISION)
                .isLessThan(9_000_000_000_000_000_000L);
    }
}
