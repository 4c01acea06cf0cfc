package org.newsroom.publish.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.events.Article;
import org.newsroom.events.ArticleCodec;
import org.newsroom.events.ArticleHeaders;
import org.newsroom.events.PubStatus;
import org.newsroom.events.Topics;
import org.newsroom.infra.junit.LocalInfra;
import org.newsroom.infra.junit.LocalInfraExtension;
import org.newsroom.publish.support.Articles;
import org.newsroom.publish.support.EnrichedStream;
import org.newsroom.publish.support.NodeClient;
import org.newsroom.publish.support.RunningPublishService;
import org.newsroom.publish.support.SiteClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code articles.enriched} to the site on real Kafka and Elasticsearch: versions in any order, kills for good (even
 * with {@code index.gc_deletes} at zero), withheld and embargoed stories, large bodies, and a document Elasticsearch
 * rejects dead-lettered while the rest of its batch is indexed and every offset committed.
 */
@ExtendWith(LocalInfraExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishingIT {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    private RunningPublishService service;
    private EnrichedStream stream;
    private SiteClient site;
    private NodeClient node;
    private LocalInfra infra;

    @BeforeAll
    void start(LocalInfra infra) throws Exception {
        this.infra = infra;
        stream = new EnrichedStream(infra.kafka());
        service = RunningPublishService.start(infra);
        site = new SiteClient(service.url());
        node = new NodeClient(infra.elasticsearch().httpUri());
        await().atMost(DEADLINE).until(() -> node.get("/_alias/articles").status() == 200);
        // a deleted document's version would be forgotten at once: kills must not rely on it
        assertThat(node.put("/articles/_settings", "{\"index.gc_deletes\": \"0s\"}").status()).isEqualTo(200);
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
        if (stream != null) {
            stream.close();
        }
    }

    @Test
    void outOfOrderVersionsEndWithTheNewest() throws Exception {
        String uri = Articles.uri("order");
        stream.send(article(uri, 3, "third"));
        stream.send(article(uri, 1, "first"));
        stream.send(article(uri, 2, "second"));
        String marker = Articles.uri("marker");
        stream.send(article(marker, 1, "after"));

        awaitVisible(marker);
        assertThat(site.article(uri).json().get("headline").asString()).isEqualTo("third");
        assertThat(site.article(uri).json().get("version").asLong()).isEqualTo(3);
    }

    @Test
    void aKillArrivingBeforeTheVersionsItKillsKeepsThemOff() throws Exception {
        String uri = Articles.uri("kill-first");
        stream.send(Articles.kill(uri, 4));
        stream.send(article(uri, 1, "killed story one"));
        stream.send(article(uri, 2, "killed story two"));
        awaitCaughtUp();

        assertThat(site.article(uri).status()).isEqualTo(404);
        assertThat(node.get("/articles/_doc/" + SiteClient.encode(uri)).json().get("_source").get("killed")
                .asBoolean()).isTrue();
    }

    @Test
    void aKillTakesAPublishedStoryOffForGood() throws Exception {
        String uri = Articles.uri("kill");
        stream.send(article(uri, 1, "to be killed"));
        awaitVisible(uri);

        stream.send(Articles.kill(uri, 2));
        await().atMost(DEADLINE).until(() -> site.article(uri).status() == 404);
        stream.send(article(uri, 1, "to be killed, redelivered"));
        stream.send(article(uri, 3, "a later version after the kill"));
        awaitCaughtUp();

        assertThat(site.article(uri).status()).isEqualTo(404);
        String control = Articles.uri("kill-control");
        stream.send(article(control, 1, "not killed"));
        await().atMost(DEADLINE).untilAsserted(() ->
                assertThat(SiteClient.hitUris(site.search("killed", null).json()))
                        .containsExactly(control));
    }

    @Test
    void aTombstoneKillsToo() throws Exception {
        String uri = Articles.uri("tombstone");
        stream.send(article(uri, 1, "tombstoned story"));
        awaitVisible(uri);

        stream.tombstone(uri);
        await().atMost(DEADLINE).until(() -> site.article(uri).status() == 404);
        stream.send(article(uri, 2, "tombstoned story again"));
        awaitCaughtUp();

        assertThat(site.article(uri).status()).isEqualTo(404);
    }

    @Test
    void withheldHidesAndUsableShowsAgain() throws Exception {
        String uri = Articles.uri("withheld");
        stream.send(article(uri, 1, "held story"));
        awaitVisible(uri);

        stream.send(Articles.article(uri, 2, "en", "held story", "body", PubStatus.WITHHELD, null));
        await().atMost(DEADLINE).until(() -> site.article(uri).status() == 404);
        stream.send(article(uri, 3, "released story"));

        awaitVisible(uri);
        assertThat(site.article(uri).json().get("headline").asString()).isEqualTo("released story");
    }

    @Test
    void anEmbargoedStoryIsIndexedButNotServedBeforeItsTime() throws Exception {
        String future = Articles.uri("embargo-future");
        String past = Articles.uri("embargo-past");
        stream.send(Articles.article(future, 1, "en", "embargoed zebra story", "zebra",
                PubStatus.USABLE, Instant.now().plus(Duration.ofDays(1))));
        stream.send(Articles.article(past, 1, "en", "lifted zebra story", "zebra",
                PubStatus.USABLE, Instant.now().minus(Duration.ofMinutes(1))));

        awaitVisible(past);
        awaitCaughtUp();
        assertThat(site.article(future).status()).isEqualTo(404);
        assertThat(node.get("/articles/_doc/" + SiteClient.encode(future)).status()).as("indexed").isEqualTo(200);
        await().atMost(DEADLINE).untilAsserted(() -> {
            JsonNode page = site.search("zebra", null).json();
            assertThat(page.get("total").asLong()).isEqualTo(1);
            assertThat(page.get("hits").get(0).get("uri").asString()).isEqualTo(past);
        });
    }

    @Test
    void largeBodiesArePublishedAndSearchable() throws Exception {
        String arabic = Articles.uri("arabic-20k");
        String body = "اجتماع ".repeat(2_900) + "خاتمة";
        assertThat(body.length()).isGreaterThanOrEqualTo(20_000);
        String large = Articles.uri("two-megabytes");
        String twoMegabytes = "filler ".repeat(300_000) + "needle";
        assertThat(twoMegabytes.length()).isGreaterThan(2_000_000);

        stream.send(Articles.article(arabic, 1, "ar", "خبر طويل", body));
        stream.send(Articles.article(large, 1, "en", "a very long story", twoMegabytes));

        awaitVisible(arabic);
        awaitVisible(large);
        await().atMost(DEADLINE).untilAsserted(() -> {
            JsonNode hits = site.search("خاتمة", "ar").json().get("hits");
            assertThat(hits.size()).as("hits (visible by id before a refresh makes it searchable)").isPositive();
            JsonNode hit = hits.get(0);
            assertThat(hit.get("uri").asString()).isEqualTo(arabic);
            assertThat(hit.get("snippet").asString()).contains("<em>خاتمة</em>");
        });
        await().atMost(DEADLINE).untilAsserted(() -> {
            JsonNode hits = site.search("needle", "en").json().get("hits");
            assertThat(hits.size()).as("hits (visible by id before a refresh makes it searchable)").isPositive();
            JsonNode hit = hits.get(0);
            assertThat(hit.get("uri").asString()).isEqualTo(large);
            assertThat(hit.get("snippet").asString()).contains("<em>needle</em>");
        });
    }

    @Test
    void aRejectedDocumentIsDeadLetteredWhileTheRestOfItsBatchIsIndexed() throws Exception {
        String before = Articles.uri("batch-before");
        String rejected = Articles.uri("batch-rejected");
        String after = Articles.uri("batch-after");
        Article bad = Articles.article(rejected, 1, "en", "a date Elasticsearch cannot hold", "body",
                PubStatus.USABLE, Instant.MAX);
        stream.sendAll(List.of(article(before, 1, "before"), bad, article(after, 1, "after")));

        awaitVisible(before);
        awaitVisible(after);
        ConsumerRecord<String, byte[]> letter = stream.awaitDeadLetter(rejected, DEADLINE);
        assertThat(letter.value()).isEqualTo(ArticleCodec.encode(bad));
        assertThat(EnrichedStream.header(letter, ArticleHeaders.DLT_STAGE)).isEqualTo("publish");
        assertThat(EnrichedStream.header(letter, ArticleHeaders.DLT_REASON))
                .contains("Elasticsearch rejected the document").contains("embargoed");
        assertThat(site.article(rejected).status()).isEqualTo(404);
        await().atMost(DEADLINE).untilAsserted(() -> assertThat(lag()).isZero());
    }

    private static Article article(String uri, long version, String headline) {
        return Articles.article(uri, version, "en", headline, headline + " body");
    }

    private void awaitVisible(String uri) {
        await().atMost(DEADLINE).until(() -> site.article(uri).status() == 200);
    }

    /** Waits until publish has committed every record sent so far: each indexed, superseded or dead-lettered. */
    private void awaitCaughtUp() {
        await().atMost(DEADLINE).until(() -> lag() == 0);
    }

    /** Records of {@code articles.enriched} not yet committed by the group {@code publish-service}. */
    private long lag() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                infra.kafka().bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("publish-service")
                    .partitionsToOffsetAndMetadata().get();
            Set<TopicPartition> partitions = java.util.stream.IntStream.range(0, EnrichedStream.PARTITIONS)
                    .mapToObj(p -> new TopicPartition(Topics.ARTICLES_ENRICHED, p)).collect(Collectors.toSet());
            var ends = admin.listOffsets(partitions.stream()
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get();
            long lag = 0;
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata offset = committed.get(partition);
                lag += ends.get(partition).offset() - (offset == null ? 0 : offset.offset());
            }
            return lag;
        }
    }
}
