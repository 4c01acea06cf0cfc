package org.newsroom.publish.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.events.Article;
import org.newsroom.events.ArticleHeaders;
import org.newsroom.events.PubStatus;
import org.newsroom.infra.junit.LocalInfra;
import org.newsroom.infra.junit.LocalInfraExtension;
import org.newsroom.publish.support.Articles;
import org.newsroom.publish.support.EnrichedStream;
import org.newsroom.publish.support.NodeClient;
import org.newsroom.publish.support.RunningPublishService;
import org.newsroom.publish.support.SiteClient;
import tools.jackson.databind.JsonNode;

/** Reindex by replay under live traffic: the alias moves to a new index, nothing is lost, kills stay killed. */
@ExtendWith(LocalInfraExtension.class)
class ReindexIT {

    private static final Duration DEADLINE = Duration.ofSeconds(120);

    @Test
    void reindexUnderLiveTrafficLosesNothing(LocalInfra infra) throws Exception {
        NodeClient node = new NodeClient(infra.elasticsearch().httpUri());
        Map<String, Long> latest = new LinkedHashMap<>();
        String killed = Articles.uri("reindex-killed");
        try (EnrichedStream stream = new EnrichedStream(infra.kafka());
                RunningPublishService live = RunningPublishService.start(infra)) {
            SiteClient site = new SiteClient(live.url());
            List<Article> before = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                String uri = Articles.uri("reindex-" + i);
                before.add(Articles.article(uri, 1, i % 2 == 0 ? "ar" : "en", "headline " + i, "body " + i));
                latest.put(uri, 1L);
            }
            stream.sendAll(before);
            stream.send(Articles.article(killed, 1, "en", "killed before the reindex", "body"));
            stream.send(Articles.kill(killed, 2));
            stream.tombstone(killed);
            String from = aliasIndex(node);
            await().atMost(DEADLINE).until(() -> count(node) >= before.size());

            AtomicBoolean traffic = new AtomicBoolean(true);
            Map<String, Long> live1 = new LinkedHashMap<>();
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                try {
                    List<String> uris = new ArrayList<>(latest.keySet());
                    for (int i = 0; traffic.get() || i < 50; i++) {
                        if (i % 2 == 0) {
                            String uri = uris.get(i % uris.size());
                            stream.send(Articles.article(uri, 2 + i, "en", "revised " + i, "revised body"));
                            live1.put(uri, 2L + i);
                        } else {
                            String uri = Articles.uri("reindex-live-" + i);
                            stream.send(Articles.article(uri, 1, "en", "live " + i, "live body"));
                            live1.put(uri, 1L);
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });

            ByteArrayOutputStream progress = new ByteArrayOutputStream();
            ByteArrayOutputStream summary = new ByteArrayOutputStream();
            int status = ReindexCommand.run(RunningPublishService.reindexArguments(infra),
                    new ConsoleProgress(new PrintStream(progress, true, StandardCharsets.UTF_8), false),
                    new PrintStream(summary, true, StandardCharsets.UTF_8));
            traffic.set(false);
            writer.get();
            System.out.print(progress.toString(StandardCharsets.UTF_8) + summary.toString(StandardCharsets.UTF_8));
            live1.forEach((uri, version) -> latest.merge(uri, version, Math::max));

            assertThat(status).as("%s%n%s", summary, progress).isZero();
            assertThat(summary.toString(StandardCharsets.UTF_8)).contains(from + " -> ");
            assertThat(progress.toString(StandardCharsets.UTF_8)).contains("100%").contains("swap alias");
            String to = aliasIndex(node);
            assertThat(to).isEqualTo(Reindexer.nextIndex(from));
            assertThat(node.get("/" + from).status()).as("old index deleted").isEqualTo(404);
            assertThat(node.get("/" + to + "/_settings").json().get(to).get("settings").get("index")
                    .get("refresh_interval").asString()).isEqualTo("1s");
            await().atMost(DEADLINE).untilAsserted(() -> {
                Map<String, Long> indexed = versions(node, latest.keySet());
                assertThat(indexed).as("every article at its latest version").isEqualTo(latest);
            });
            assertThat(site.article(killed).status()).isEqualTo(404);
            JsonNode health = site.get("/actuator/health").json();
            assertThat(health.get("status").asString()).isEqualTo("UP");
        }
    }

    @Test
    void recordsTheReindexCannotWriteAreDeadLetteredAndTheRestIsReplayed(LocalInfra infra) throws Exception {
        NodeClient node = new NodeClient(infra.elasticsearch().httpUri());
        String poison = Articles.uri("reindex-poison");
        String rejected = Articles.uri("reindex-rejected");
        String fine = Articles.uri("reindex-fine");
        Article bad = Articles.article(rejected, 1, "en", "a date Elasticsearch cannot hold", "body",
                PubStatus.USABLE, Instant.MAX);
        try (EnrichedStream stream = new EnrichedStream(infra.kafka())) {
            stream.send(poison, "not json".getBytes(StandardCharsets.UTF_8));
            stream.sendAll(List.of(bad, Articles.article(fine, 1, "en", "fine", "a fine body")));

            ByteArrayOutputStream summary = new ByteArrayOutputStream();
            int status = ReindexCommand.run(RunningPublishService.reindexArguments(infra),
                    ReindexProgress.NONE, new PrintStream(summary, true, StandardCharsets.UTF_8));

            assertThat(status).as(summary.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(EnrichedStream.header(stream.awaitDeadLetter(poison, DEADLINE), ArticleHeaders.DLT_REASON))
                    .isNotBlank();
            assertThat(EnrichedStream.header(stream.awaitDeadLetter(rejected, DEADLINE), ArticleHeaders.DLT_REASON))
                    .contains("Elasticsearch rejected the document");
            assertThat(versions(node, List.of(fine, rejected))).isEqualTo(Map.of(fine, 1L, rejected, -1L));
        }
    }

    private static String aliasIndex(NodeClient node) {
        JsonNode aliases = node.get("/_alias/articles").json();
        return aliases.propertyNames().iterator().next();
    }

    private static long count(NodeClient node) {
        node.post("/articles/_refresh", "");
        return node.get("/articles/_count").json().get("count").asLong();
    }

    private static Map<String, Long> versions(NodeClient node, Iterable<String> uris) {
        StringBuilder ids = new StringBuilder();
        for (String uri : uris) {
            ids.append(ids.isEmpty() ? "" : ",").append('"').append(uri).append('"');
        }
        JsonNode docs = node.post("/articles/_mget?_source_includes=version", "{\"ids\": [" + ids + "]}").json()
                .get("docs");
        Map<String, Long> result = new LinkedHashMap<>();
        docs.forEach(doc -> result.put(doc.get("_id").asString(),
                doc.get("found").asBoolean() ? doc.get("_source").get("version").asLong() : -1));
        return result;
    }
}
