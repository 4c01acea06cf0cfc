package org.newsroom.publish.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsroom.events.Article;
import org.newsroom.events.ArticleCodec;
import org.newsroom.events.Enrichment;
import org.newsroom.events.LanguageDecision;
import org.newsroom.events.SectionDecision;

class ArticleDocumentTest {

    private static final Article ARTICLE = Article.builder().uri("urn:x:1").version(42)
            .versioncreated(Instant.parse("2026-01-01T00:00:00Z")).headline("h").bodyHtml("<p>b</p>")
            .language("AR").source("demo").format("ninjs").build()
            .withEnrichment(new Enrichment("b", new LanguageDecision("ar", 0.9, "detected"),
                    new SectionDecision("politics", 1, "agency-subject", "medtop:11000000", false), null, null, null,
                    Instant.parse("2026-01-01T00:00:01Z")));

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(ArticleDocument document) {
        return ArticleCodec.mapper().readValue(document.source(), Map.class);
    }

    @Test
    void liveArticleIsWrittenWithItsOwnVersionAndEnrichedFields() {
        ArticleDocument document = ArticleDocument.of(ARTICLE, Instant.parse("2026-01-01T00:00:00.500Z"));

        assertThat(document.id()).isEqualTo("urn:x:1");
        assertThat(document.version()).isEqualTo(42);
        assertThat(json(document))
                .containsEntry("language", "ar")
                .containsEntry("section", "politics")
                .containsEntry("body_text", "b")
                .containsEntry("pubstatus", "usable")
                .containsEntry("received_at", "2026-01-01T00:00:00.500Z")
                .doesNotContainKey("killed");
    }

    @Test
    void killOutranksEveryPossibleVersion() {
        ArticleDocument kill = ArticleDocument.killed("urn:x:1", 43);

        assertThat(kill.version()).isGreaterThan(Instant.parse("9999-12-31T23:59:59Z").toEpochMilli());
        assertThat(json(kill)).containsEntry("killed", true).containsEntry("pubstatus", "canceled")
                .containsEntry("version", 43);
    }

    @Test
    void templateIsStrictAboutUnknownFields() {
        @SuppressWarnings("unchecked")
        Map<String, Object> template = ArticleCodec.mapper().readValue(ArticleIndex.templateResource(), Map.class);

        assertThat(template).extractingByKey("template").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .extractingByKey("mappings").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("dynamic", false);
        assertThat(List.of("articles-v*")).isEqualTo(template.get("index_patterns"));
    }
}
