package org.newsroom.publish.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.infra.junit.LocalInfra;
import org.newsroom.infra.junit.LocalInfraExtension;
import org.newsroom.publish.support.Articles;
import org.newsroom.publish.support.EnrichedStream;
import org.newsroom.publish.support.RunningPublishService;
import org.newsroom.publish.support.SiteClient;
import tools.jackson.databind.JsonNode;

/**
 * publish-service writing through {@link FaultProxy} to the real node: 429 and 503 items are retried alone, whole
 * requests answered 429/503 are retried, and while the node is away the consumer pauses, health says so, and it
 * resumes without losing a record.
 */
@ExtendWith(LocalInfraExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultInjectionIT {

    private static final Duration DEADLINE = Duration.ofSeconds(90);

    private FaultProxy proxy;
    private RunningPublishService service;
    private EnrichedStream stream;
    private SiteClient site;

    @BeforeAll
    void start(LocalInfra infra) throws Exception {
        proxy = new FaultProxy(infra.elasticsearch().httpUri());
        stream = new EnrichedStream(infra.kafka());
        service = RunningPublishService.start(infra, proxy.uri().toString(), Map.of(
                "spring.kafka.consumer.group-id", "publish-fault-test",
                "newsroom.publish.bulk.initial-backoff", "50ms",
                "newsroom.publish.bulk.max-backoff", "200ms",
                "newsroom.publish.kafka.redelivery-backoff", "200ms",
                "newsroom.publish.kafka.max-redelivery-backoff", "1s"));
        site = new SiteClient(service.url());
    }

    @AfterAll
    void stop() {
        for (AutoCloseable closeable : new AutoCloseable[] {service, stream, proxy}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void failedItemsAreRetriedAloneUntilIndexed() throws Exception {
        String fine = Articles.uri("fine");
        String throttled = Articles.uri("throttled");
        String unavailable = Articles.uri("unavailable");
        proxy.failItem(throttled, 2, 429, "es_rejected_execution_exception");
        proxy.failItem(unavailable, 1, 503, "unavailable_shards_exception");

        stream.sendAll(List.of(article(fine), article(throttled), article(unavailable)));

        for (String uri : List.of(fine, throttled, unavailable)) {
            await().atMost(DEADLINE).until(() -> site.article(uri).status() == 200);
        }
        List<FaultProxy.Forwarded> bulks = proxy.forwardedBulks();
        List<String> forwarded = bulks.stream().map(FaultProxy.Forwarded::ids).flatMap(Collection::stream).toList();
        assertThat(forwarded).as("each document reached Elasticsearch once, only failed items were retried: %s", bulks)
                .containsOnlyOnce(fine, throttled, unavailable);
    }

    @Test
    void wholeRequestsAnswered429Or503AreRetried() throws Exception {
        String uri = Articles.uri("whole-request");
        proxy.failRequests(3, 429);

        stream.send(article(uri));

        await().atMost(DEADLINE).until(() -> site.article(uri).status() == 200);
    }

    @Test
    void whileTheNodeIsAwayTheConsumerPausesAndResumesWithoutLoss() throws Exception {
        proxy.down();
        String first = Articles.uri("outage-1");
        String second = Articles.uri("outage-2");
        try {
            stream.sendAll(List.of(article(first), article(second)));
            await().atMost(DEADLINE).untilAsserted(() -> {
                JsonNode health = site.get("/actuator/health/publishing").json();
                assertThat(health.get("status").asString()).isEqualTo("DOWN");
                assertThat(health.get("details").get("state").asString()).isEqualTo("paused");
                assertThat(health.get("details").get("failures").asLong()).isGreaterThanOrEqualTo(2);
            });
            long failures = site.get("/actuator/health/publishing").json().get("details").get("failures").asLong();
            assertThat((long) proxy.refusedBulks()).as("bulk attempts are bounded per redelivery: no busy loop")
                    .isLessThanOrEqualTo(5 * (failures + 1));
        } finally {
            proxy.up();
        }

        await().atMost(DEADLINE).until(() -> site.article(first).status() == 200
                && site.article(second).status() == 200);
        await().atMost(DEADLINE).until(() ->
                "UP".equals(site.get("/actuator/health/publishing").json().get("status").asString()));
    }

    private static org.newsroom.events.Article article(String uri) {
        return Articles.article(uri, 1, "en", "fault story", "a story written through faults");
    }
}
