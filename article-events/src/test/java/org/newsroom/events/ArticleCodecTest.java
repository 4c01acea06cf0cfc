package org.newsroom.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleCodecTest {

    private static Article sample() {
        return Article.builder()
                .uri("urn:newsroom:demo:1")
                .version(3)
                .versioncreated(Instant.parse("2026-01-02T03:04:05Z"))
                .headline("تدرس روسيا اقتراح الناتو")
                .bodyHtml("<p>نص</p>")
                .language("ar")
                .subject(List.of(new Concept("medtop", "11000000", "politics")))
                .source("demo")
                .format("ninjs")
                .build();
    }

    @Test
    void roundTripKeepsEveryFieldAndUsesNinjsNames() {
        Article article = sample();
        byte[] json = ArticleCodec.encode(article);
        String text = new String(json, StandardCharsets.UTF_8);

        assertThat(text).contains("\"body_html\"", "\"versioncreated\":\"2026-01-02T03:04:05Z\"", "\"pubstatus\":\"usable\"");
        assertThat(ArticleCodec.decode(json)).isEqualTo(article);
    }

    @Test
    void enrichedArticleRoundTrips() {
        Article enriched = sample().withEnrichment(new Enrichment("نص", new LanguageDecision("ar", 1.0, "wire"),
                new SectionDecision("politics", 1.0, "agency-subject", "medtop:11000000", false),
                List.of(), List.of(new RelatedArticle("urn:x", "h", 1.5)), List.of("READ x"),
                Instant.parse("2026-01-02T03:04:06Z")));

        assertThat(ArticleCodec.decode(ArticleCodec.encode(enriched))).isEqualTo(enriched);
    }

    @Test
    void relatedLinksAndDuplicateOfRoundTripUnderNinjsStyleNames() {
        Enrichment enrichment = new Enrichment("نص", null, null, List.of(), List.of(), List.of(),
                Instant.parse("2026-01-02T03:04:06Z"))
                .withRelated(List.of(new RelatedArticle("urn:y", "headline y", 0.42)), "urn:z");
        Article enriched = sample().withEnrichment(enrichment);
        String text = new String(ArticleCodec.encode(enriched), StandardCharsets.UTF_8);

        assertThat(text).contains("\"duplicate_of\":\"urn:z\"", "\"related\":[{\"uri\":\"urn:y\"");
        assertThat(ArticleCodec.decode(ArticleCodec.encode(enriched))).isEqualTo(enriched);
    }

    @Test
    void bytesThatAreNotJsonArePermanentFormatErrors() {
        assertThatThrownBy(() -> ArticleCodec.decode("\u0000\u0001garbage".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ArticleFormatException.class)
                .hasMessageStartingWith("not JSON");
    }

    @Test
    void contractViolationNamesTheField() {
        String json = "{\"uri\":\"urn:x\",\"version\":0,\"versioncreated\":\"2026-01-01T00:00:00Z\","
                + "\"headline\":\"h\",\"source\":\"demo\",\"format\":\"ninjs\"}";

        assertThatThrownBy(() -> ArticleCodec.decode(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ArticleFormatException.class)
                .hasMessageContaining("version must be >= 1");
    }

    @Test
    void uriLongerThanAnElasticsearchIdIsAContractViolation() {
        // a 513-byte _id made Elasticsearch fail the whole bulk it was in, and publish retried that bulk forever
        String uri = "urn:x:" + "\u0627".repeat(253) + "a"; // 6 + 506 + 1 = 513 bytes in UTF-8
        String json = "{\"uri\":\"" + uri + "\",\"version\":1,\"versioncreated\":\"2026-01-01T00:00:00Z\","
                + "\"headline\":\"h\",\"source\":\"demo\",\"format\":\"ninjs\"}";
        assertThatThrownBy(() -> ArticleCodec.decode(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ArticleFormatException.class)
                .hasMessageContaining("uri must be at most 512 bytes");
        String longest = "urn:x:" + "\u0627".repeat(253);
        assertThat(Article.builder().uri(longest).version(1).versioncreated(Instant.EPOCH).headline("h")
                .source("demo").format("ninjs").build().uri()).isEqualTo(longest);
    }

    @Test
    void tombstoneIsNotAnArticle() {
        assertThatThrownBy(() -> ArticleCodec.decode(null)).isInstanceOf(ArticleFormatException.class);
    }

    @Test
    void killNeedsNoHeadline() {
        Article kill = Article.builder().uri("urn:x").version(2).versioncreated(Instant.EPOCH)
                .pubstatus(PubStatus.CANCELED).source("demo").format("ninjs").build();

        assertThat(kill.isKill()).isTrue();
        assertThat(kill.firstcreated()).isEqualTo(Instant.EPOCH);
    }
}
