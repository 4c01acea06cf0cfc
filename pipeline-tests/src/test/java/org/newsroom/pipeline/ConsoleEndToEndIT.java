package org.newsroom.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.events.ArticleCodec;
import org.newsroom.infra.junit.LocalInfra;
import org.newsroom.infra.junit.LocalInfraExtension;
import tools.jackson.databind.JsonNode;

/**
 * Stories pushed through the three real services show up in every service's metrics and in the editors' console
 * (with the demo editor's configured credentials): throughput of every stage, and a trace with every stage. An
 * editor's section decision on a story of the review queue reaches the site through enrich's re-emit and is kept by
 * the next version, until a version whose IPTC codes map elsewhere.
 */
@ExtendWith(LocalInfraExtension.class)
class ConsoleEndToEndIT {

    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final String EDITOR = "Basic " + Base64.getEncoder()
            .encodeToString("editor:editor-secret".getBytes(StandardCharsets.UTF_8));
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** The CSRF token lives in the session: this client keeps its cookie. */
    private static final HttpClient SESSION = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static RunningPipeline pipeline;

    @BeforeAll
    static void startServices(LocalInfra infra) throws Exception {
        pipeline = RunningPipeline.start(infra, Path.of("target", "console-e2e"));
    }

    @AfterAll
    static void stopServices() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    private static HttpResponse<String> get(String url, String accept, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", accept);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String metrics(int port) throws IOException, InterruptedException {
        return get("http://127.0.0.1:" + port + "/actuator/prometheus", "text/plain", null).body();
    }

    private static JsonNode console(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(pipeline.siteUrl() + path, "application/json", EDITOR);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ArticleCodec.mapper().readTree(response.body());
    }

    @Test
    void storiesShowInEveryServicesMetricsAndInTheConsoleWithEveryStage() throws Exception {
        String uri = "urn:newsroom:demo:console-e2e-" + System.nanoTime();
        assertThat(Http.pushNinjs(pipeline.ingestUrl(), """
                {"uri":"%s","version":1,"versioncreated":"2026-12-01T08:00:00Z","language":"en",
                 "headline":"Council passes the budget","body_html":"<p>The council passed it.</p>"}"""
                .formatted(uri)).status()).isEqualTo(202);
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(Http.get(pipeline.siteUrl() + "/api/v1/articles/" + Http.encode(uri)).status())
                        .isEqualTo(200));

        assertThat(metrics(pipeline.ingest.port()))
                .containsPattern("newsroom_records_out_total\\{agency=\"demo\",format=\"ninjs\"[^}]*stage=\"ingest\"\\} [1-9]")
                .containsPattern("newsroom_latency_seconds_count\\{stage=\"ingest\"\\} [1-9]");
        assertThat(metrics(pipeline.enrich.port()))
                .containsPattern("newsroom_records_in_total\\{agency=\"demo\"[^}]*stage=\"enrich\"\\} [1-9]")
                .containsPattern("newsroom_records_out_total\\{agency=\"demo\"[^}]*stage=\"enrich\"\\} [1-9]")
                .containsPattern("newsroom_hop_latency_seconds_count\\{stage=\"enrich\"\\} [1-9]")
                .contains("kafka_consumer_fetch_manager_records_lag");
        assertThat(metrics(pipeline.publish.port()))
                .containsPattern("newsroom_records_out_total\\{agency=\"demo\"[^}]*stage=\"publish\"\\} [1-9]")
                .containsPattern("newsroom_latency_seconds_count\\{stage=\"publish\"\\} [1-9]");

        await().atMost(WITHIN).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode overview = console("/console/api/overview");
            assertThat(overview.at("/stages/ingest/last15m").asLong()).isPositive();
            assertThat(overview.at("/stages/enrich/last15m").asLong()).isPositive();
            assertThat(overview.at("/stages/publish/last15m").asLong()).isPositive();
            assertThat(overview.get("backlog").findValuesAsString("group")).contains("enrich-service",
                    "publish-service");
        });
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode trace = console("/console/api/stories?uri=" + Http.encode(uri));
            assertThat(trace.get("records").findValuesAsString("stage")).contains("ingest", "enrich");
            assertThat(trace.get("whereNow").asString()).startsWith("indexed: version 1");
            JsonNode enriched = trace.get("records").get(trace.get("records").size() - 1);
            assertThat(enriched.get("times").has("newsroom-received-at")).isTrue();
            assertThat(enriched.get("times").has("newsroom-ingest-at")).isTrue();
            assertThat(enriched.get("times").has("newsroom-enrich-at")).isTrue();
        });
        assertThat(get(pipeline.siteUrl() + "/console/api/overview", "application/json", null).statusCode())
                .isEqualTo(401);
    }

    private static HttpResponse<String> decide(String uri, String section, String authorization, boolean withCsrf)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(pipeline.siteUrl()
                        + "/console/api/review/decisions")).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").header("Content-Type", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (withCsrf) {
            HttpResponse<String> csrf = SESSION.send(HttpRequest.newBuilder(URI.create(pipeline.siteUrl()
                    + "/console/api/csrf")).header("Authorization", authorization).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode token = ArticleCodec.mapper().readTree(csrf.body());
            request.header(token.get("headerName").asString(), token.get("token").asString());
        }
        String body = ArticleCodec.mapper().writeValueAsString(java.util.Map.of("uri", uri, "section", section));
        return SESSION.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String budgetStory(String uri, long version, String subject) {
        return """
                {"uri":"%s","version":%d,"versioncreated":"2026-12-01T08:0%d:00Z","language":"en",%s
                 "headline":"Council passes the budget","body_html":"<p>The council passed it.</p>"}"""
                .formatted(uri, version, version, subject == null ? "" : "\"subject\": [" + subject + "],");
    }

    private static JsonNode awaitOnSite(String uri, long version, String section, String decidedBy) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            Http.Answer answer = Http.get(pipeline.siteUrl() + "/api/v1/articles/" + Http.encode(uri));
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().get("version").asLong()).isEqualTo(version);
            assertThat(answer.json().get("section").asString()).isEqualTo(section);
            assertThat(answer.json().get("section_decided_by").asString()).isEqualTo(decidedBy);
            found[0] = answer.json();
        });
        return found[0];
    }

    private static java.util.List<String> reviewQueue() throws IOException, InterruptedException {
        return console("/console/api/review?size=200").findValuesAsString("uri");
    }

    @Test
    void anEditorsSectionDecisionReachesTheSiteAndLaterVersionsKeepItUnlessTheAgencyCodesSayOtherwise()
            throws Exception {
        String uri = "urn:newsroom:demo:review-e2e-" + System.nanoTime();
        assertThat(Http.pushNinjs(pipeline.ingestUrl(), budgetStory(uri, 1, null)).status()).isEqualTo(202);
        awaitOnSite(uri, 1, "politics", "classifier");
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(reviewQueue()).as("the classifier was unsure: in the review queue").contains(uri));

        assertThat(decide(uri, "business", null, false).statusCode()).isIn(401, 403);
        assertThat(decide(uri, "business", EDITOR, false).statusCode()).as("without the CSRF token").isEqualTo(403);
        HttpResponse<String> unknown = decide(uri, "weather", EDITOR, true);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(ArticleCodec.mapper().readTree(unknown.body()).get("detail").asString())
                .contains("section must be one of", "'weather'");

        HttpResponse<String> decided = decide(uri, "business", EDITOR, true);
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        JsonNode entry = ArticleCodec.mapper().readTree(decided.body());
        assertThat(entry.get("action").asString()).isEqualTo("section-override");
        assertThat(entry.get("target").asString()).startsWith("articles.section-overrides/");
        assertThat(entry.get("detail").asString()).isEqualTo("section politics → business (version 1)");

        awaitOnSite(uri, 1, "business", "editor");
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(reviewQueue()).as("decided: out of the queue").doesNotContain(uri));
        assertThat(console("/console/api/review/overrides").findValuesAsString("uri")).contains(uri);
        assertThat(console("/console/api/audit").findValuesAsString("uri")).contains(uri);

        assertThat(Http.pushNinjs(pipeline.ingestUrl(), budgetStory(uri, 2, null)).status()).isEqualTo(202);
        awaitOnSite(uri, 2, "business", "editor");

        assertThat(Http.pushNinjs(pipeline.ingestUrl(), budgetStory(uri, 3,
                "{\"code\": \"medtop:15000000\", \"name\": \"sport\"}")).status()).isEqualTo(202);
        awaitOnSite(uri, 3, "sports", "agency-subject");
    }
}
