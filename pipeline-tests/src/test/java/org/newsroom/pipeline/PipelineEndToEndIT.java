package org.newsroom.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.events.Topics;
import org.newsroom.infra.junit.LocalInfra;
import org.newsroom.infra.junit.LocalInfraExtension;
import tools.jackson.databind.JsonNode;

/**
 * A wire story's whole journey through real processes: agency push → ingest-service → {@code articles.ingested} →
 * enrich-service → {@code articles.enriched} → publish-service → Elasticsearch → site read API.
 */
@ExtendWith(LocalInfraExtension.class)
class PipelineEndToEndIT {

    private static final Duration PUBLISHED_WITHIN = Duration.ofSeconds(60);

    private static RunningPipeline pipeline;
    private static KafkaProgress kafka;

    @BeforeAll
    static void startServices(LocalInfra infra) throws Exception {
        pipeline = RunningPipeline.start(infra, Path.of("target", "pipeline-e2e"));
        kafka = new KafkaProgress(infra.kafka().bootstrapServers());
    }

    @AfterAll
    static void stopServices() {
        if (kafka != null) {
            kafka.close();
        }
        if (pipeline != null) {
            pipeline.close();
        }
    }

    private static String story(String uri, long version, String headline) {
        return """
                {"uri":"%s","version":%d,"versioncreated":"2026-11-29T10:00:00Z","language":"en",
                 "headline":"%s","body_html":"<p>%s, in a body.</p>"}""".formatted(uri, version, headline, headline);
    }

    private static String kill(String uri, long version) {
        return """
                {"uri":"%s","version":%d,"versioncreated":"2026-11-29T11:00:00Z","pubstatus":"canceled"}"""
                .formatted(uri, version);
    }

    private static JsonNode awaitArticle(String uri, long version) {
        List<JsonNode> found = new ArrayList<>();
        await().atMost(PUBLISHED_WITHIN).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            Http.Answer answer = Http.get(pipeline.siteUrl() + "/api/v1/articles/" + Http.encode(uri));
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().get("version").asLong()).isEqualTo(version);
            found.add(answer.json());
        });
        return found.get(found.size() - 1);
    }

    /** Waits until enrich and publish have processed everything ingested so far. */
    private static void awaitPipelineDrained() throws Exception {
        kafka.awaitCaughtUp("enrich-service", Topics.ARTICLES_INGESTED, PUBLISHED_WITHIN);
        kafka.awaitCaughtUp("publish-service", Topics.ARTICLES_ENRICHED, PUBLISHED_WITHIN);
    }

    private static final List<String> RELATED_TO_SEED = List.of("ar-putin-security-guarantees.ninjs.json",
            "ar-geneva-security-talks.ninjs.json", "ar-nato-russia-council.ninjs.json");
    private static final String TOURIST_FEE = "ar-kiwi-tourist-fee.ninjs.json";

    private static String push(String sample) throws Exception {
        Path file = Path.of(System.getProperty("newsroom.samples.dir", "../samples"), sample);
        Http.Answer accepted = Http.pushNinjs(pipeline.ingestUrl(), Files.readString(file));
        assertThat(accepted.status()).as(sample).isEqualTo(202);
        return accepted.json().get("uri").asString();
    }

    private static List<String> relatedUris(JsonNode article) {
        return article.get("related") == null ? List.of() : article.get("related").findValuesAsString("uri");
    }

    /**
     * The seed site linked its Russia/NATO story to a piece about tourist fees: here the seed, pushed after three
     * related Arabic stories and the tourist-fee one, comes out Arabic, {@code politics}, without its "READ …" teaser,
     * linked to the related stories only; a killed related story then disappears from its links.
     */
    @Test
    void seedArticleIsEnrichedLinkedAndFoundByAnArabicWordOfItsHeadline() throws Exception {
        List<String> related = new ArrayList<>();
        for (String sample : RELATED_TO_SEED) {
            related.add(push(sample));
        }
        String touristFee = push(TOURIST_FEE);
        related.forEach(uri -> awaitArticle(uri, 1));
        awaitArticle(touristFee, 1);
        String uri = push("seed-ar-russia-nato.ninjs.json");

        await().atMost(PUBLISHED_WITHIN).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            Http.Answer search = Http.get(pipeline.siteUrl() + "/api/v1/search?q=" + Http.encode("الناتو"));
            assertThat(search.status()).isEqualTo(200);
            assertThat(search.json().get("hits").findValuesAsString("uri")).contains(uri);
        });
        JsonNode article = awaitArticle(uri, 1);
        assertThat(article.get("headline").asString()).isEqualTo("تدرس روسيا اقتراح الناتو لإجراء محادثات في 12 يناير");
        assertThat(article.get("language").asString()).isEqualTo("ar");
        assertThat(article.get("section").asString()).isEqualTo("politics");
        assertThat(article.get("body_text").asString()).contains("حلف شمال الأطلسي").doesNotContain("<p>")
                .doesNotContain("READ").doesNotContain("السياح الكيوي");
        assertThat(relatedUris(article)).isNotEmpty().isSubsetOf(related).doesNotContain(touristFee);

        String killed = relatedUris(article).get(0);
        assertThat(Http.pushNinjs(pipeline.ingestUrl(), kill(killed, 2)).status()).isEqualTo(202);
        await().atMost(PUBLISHED_WITHIN).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            JsonNode linking = Http.get(pipeline.siteUrl() + "/api/v1/articles/" + Http.encode(uri)).json();
            assertThat(relatedUris(linking)).doesNotContain(killed);
        });
    }

    @Test
    void newerVersionReplacesTheOlderAndALateOlderVersionNeverOverwrites() throws Exception {
        String uri = "urn:newsroom:demo:e2e-versions-" + System.nanoTime();

        assertThat(Http.pushNinjs(pipeline.ingestUrl(), story(uri, 2, "Version two")).status()).isEqualTo(202);
        awaitArticle(uri, 2);
        assertThat(Http.pushNinjs(pipeline.ingestUrl(), story(uri, 3, "Version three")).status()).isEqualTo(202);
        assertThat(awaitArticle(uri, 3).get("headline").asString()).isEqualTo("Version three");

        assertThat(Http.pushNinjs(pipeline.ingestUrl(), story(uri, 1, "Version one, late")).status()).isEqualTo(202);
        awaitPipelineDrained();

        JsonNode article = Http.get(pipeline.siteUrl() + "/api/v1/articles/" + Http.encode(uri)).json();
        assertThat(article.get("version").asLong()).isEqualTo(3);
        assertThat(article.get("headline").asString()).isEqualTo("Version three");
    }

    @Test
    void killTakesTheStoryOffTheSiteAndALaterVersionDoesNotBringItBack() throws Exception {
        String uri = "urn:newsroom:demo:e2e-kill-" + System.nanoTime();
        assertThat(Http.pushNinjs(pipeline.ingestUrl(), story(uri, 1, "Soon killed")).status()).isEqualTo(202);
        awaitArticle(uri, 1);

        assertThat(Http.pushNinjs(pipeline.ingestUrl(), kill(uri, 2)).status()).isEqualTo(202);
        await().atMost(PUBLISHED_WITHIN).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(Http.get(pipeline.siteUrl() + "/api/v1/articles/" + Http.encode(uri)).status())
                        .isEqualTo(404));

        assertThat(Http.pushNinjs(pipeline.ingestUrl(), story(uri, 3, "Resurrected")).status()).isEqualTo(202);
        awaitPipelineDrained();
        assertThat(Http.get(pipeline.siteUrl() + "/api/v1/articles/" + Http.encode(uri)).status()).isEqualTo(404);
    }

    @Test
    void malformedBodyGetsProblemJson400AndNothingReachesKafka() throws Exception {
        long before = kafka.totalEndOffset(Topics.ARTICLES_INGESTED);

        Http.Answer answer = Http.pushNinjs(pipeline.ingestUrl(), "{\"uri\": \"urn:x:broken\", \"headline\": ");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("detail").asString()).startsWith("not valid JSON");
        assertThat(answer.json().get("location").asString()).startsWith("line 1");
        assertThat(kafka.totalEndOffset(Topics.ARTICLES_INGESTED)).isEqualTo(before);
    }
}
