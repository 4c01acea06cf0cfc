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
        ArticleDocument document = ArticleDocument.of(ARTICLE, Instant.parse("2026-01-01T00:00:00.500Z"), 3, 17);

        assertThat(document.id()).isEqualTo("urn:x:1");
        assertThat(document.version()).as("version × 1000 + revision 0").isEqualTo(42_000);
        assertThat(json(document)).containsEntry("version", 42).containsEntry("revision", 0)
                .containsEntry("enriched_partition", 3).containsEntry("enriched_offset", 17);
        assertThat(json(document))
                .containsEntry("language", "ar")
                .containsEntry("section", "politics")
                .containsEntry("body_text_ar", "b")
                .doesNotContainKey("body_text")
                .containsEntry("pubstatus", "usable")
                .containsEntry("received_at", "2026-01-01T00:00:00.500Z")
                .doesNotContainKey("killed");
    }

    @Test
    void anEditorsRevisionOfAVersionOutranksItAndIsOutrankedByTheNextVersion() {
        Article revised = ARTICLE.withEnrichment(ARTICLE.enrichment().revised(
                new SectionDecision("business", 1, "editor", "editor e", false), 1, Instant.EPOCH));
        Article next = new Article(ARTICLE.uri(), 43, ARTICLE.versioncreated(), null, null, null, null, null, "h", null,
                null, null, null, null, "demo", "ninjs", null, ARTICLE.enrichment());

        long original = ArticleDocument.of(ARTICLE, null).version();
        long editors = ArticleDocument.of(revised, null).version();
        long later = ArticleDocument.of(next, null).version();

        assertThat(editors).isGreaterThan(original).isLessThan(later);
        assertThat(json(ArticleDocument.of(revised, null))).containsEntry("revision", 1)
                .doesNotContainKey("enriched_offset");
        assertThat(ArticleDocument.externalVersion(Article.MAX_VERSION, 999))
                .isLessThan(ArticleDocument.KILLED_VERSION);
    }

    @Test
    void theBodyGoesToTheFieldOfItsDetectedLanguageOnly() {
        assertThat(json(ArticleDocument.of(detected("ar-EG"), null))).containsEntry("body_text_ar", "b")
                .doesNotContainKeys("body_text", "body_text_en");
        assertThat(json(ArticleDocument.of(detected("EN"), null))).containsEntry("body_text_en", "b")
                .doesNotContainKeys("body_text", "body_text_ar");
        assertThat(json(ArticleDocument.of(detected("fr"), null))).as("no analyzer of its own: the neutral field")
                .containsEntry("body_text", "b").doesNotContainKeys("body_text_ar", "body_text_en");
        assertThat(json(ArticleDocument.of(detected("arz"), null))).as("a primary subtag, not a prefix")
                .containsEntry("body_text", "b");
    }

    @Test
    @SuppressWarnings("unchecked")
    void templateHasABodyFieldAndAHeadlineSubFieldPerAnalyzedLanguage() {
        Map<String, Object> template = ArticleCodec.mapper().readValue(ArticleIndex.templateResource(), Map.class);
        Map<String, Object> properties = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) template
                .get("template")).get("mappings")).get("properties");
        Map<String, Object> headlineFields = (Map<String, Object>) ((Map<String, Object>) properties.get("headline"))
                .get("fields");

        assertThat(properties).containsKeys(BodyTextField.all().toArray(String[]::new));
        for (String language : BodyTextField.ANALYZED_LANGUAGES) {
            assertThat(headlineFields).containsKey(language);
            assertThat(((Map<String, Object>) properties.get(BodyTextField.forAnalyzed(language))).get("analyzer"))
                    .isEqualTo(((Map<String, Object>) headlineFields.get(language)).get("analyzer"));
        }
        assertThat((Map<String, Object>) properties.get(BodyTextField.NEUTRAL)).as("analyzed once")
                .doesNotContainKey("fields");
    }

    private static Article detected(String language) {
        return ARTICLE.withEnrichment(new Enrichment("b", new LanguageDecision(language, 0.9, "detected"), null, null,
                null, null, Instant.EPOCH));
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
