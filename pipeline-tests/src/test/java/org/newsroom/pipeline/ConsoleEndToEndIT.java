package org.newsroom.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
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
 * (with the demo editor's configured credentials): throughput of every stage, and a trace with every stage.
 */
@ExtendWith(LocalInfraExtension.class)
class ConsoleEndToEndIT {

    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final String EDITOR = "Basic " + Base64.getEncoder()
            .encodeToString("editor:editor-secret".getBytes(StandardCharsets.UTF_8));
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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
}
