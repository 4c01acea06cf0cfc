package org.newsroom.enrich.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.newsroom.events.ArticleHeaders;
import org.springframework.stereotype.Component;

/**
 * The enrich stage's meters ({@code stage=enrich}): records in, out (written to {@code articles.enriched}), failed
 * (records of a poll whose transaction rolled back, redelivered) and dead-lettered; {@code newsroom.processing} per poll;
 * {@code newsroom.latency} ({@code newsroom-received-at} → enriched record acknowledged) and
 * {@code newsroom.hop.latency} ({@code newsroom-ingest-at} → the same moment). Thread-safe.
 */
@Component
class EnrichMetrics {

    static final String PREFIX = "newsroom.";
    static final String STAGE = "enrich";
    private static final String PREVIOUS_STAGE = "ingest";

    private final MeterRegistry registry;
    private final Timer processing;
    private final Timer latency;
    private final Timer hopLatency;

    EnrichMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.processing = Timer.builder("newsroom.processing")
                .description("Time a stage spent (enrich: one listener call on a poll)")
                .tag("stage", STAGE)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(1))
                .register(registry);
        this.latency = latencyTimer(registry, "newsroom.latency", "Time from newsroom-received-at to the end of the stage");
        this.hopLatency = latencyTimer(registry, "newsroom.hop.latency",
                "Time from the previous stage's newsroom-<stage>-at to the end of this stage");
    }

    private static Timer latencyTimer(MeterRegistry registry, String name, String description) {
        return Timer.builder(name)
                .description(description)
                .tag("stage", STAGE)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry);
    }

    void consumed(ArticleTags tags) {
        Counter.builder("newsroom.records.in")
                .description("Records a stage took in (deliveries: a redelivered record counts again)")
                .tags("stage", STAGE, "agency", tags.agencyTag(), "format", tags.formatTag())
                .register(registry)
                .increment();
    }

    void failed(ArticleTags tags, Throwable exception) {
        Counter.builder("newsroom.records.failed")
                .description("Records of a poll whose listener call threw; the poll is redelivered")
                .tags("stage", STAGE, "agency", tags.agencyTag(),
                        "reason", MetricTags.token(exception.getClass().getSimpleName()))
                .register(registry)
                .increment();
    }

    void processed(long nanos) {
        processing.record(Duration.ofNanos(nanos));
    }

    /** An enriched record was acknowledged by Kafka; latencies are measured to now. */
    void produced(ArticleTags tags, Headers headers) {
        Counter.builder("newsroom.records.out")
                .description("Records a stage handed on (enrich: written to articles.enriched)")
                .tags("stage", STAGE, "agency", tags.agencyTag(), "format", tags.formatTag(),
                        "section", tags.sectionTag(), "language", tags.languageTag())
                .register(registry)
                .increment();
        long now = System.currentTimeMillis();
        record(latency, now, headers, ArticleHeaders.RECEIVED_AT);
        record(hopLatency, now, headers, ArticleHeaders.stageAt(PREVIOUS_STAGE));
    }

    /** A record was written to a dead-letter topic. */
    void deadLettered(String topic, Headers headers) {
        Counter.builder("newsroom.records.dead.lettered")
                .description("Records written to a dead-letter topic")
                .tags("stage", STAGE, "agency", MetricTags.token(text(headers.lastHeader(ArticleHeaders.AGENCY))),
                        "topic", topic)
                .register(registry)
                .increment();
    }

    private static void record(Timer timer, long now, Headers headers, String header) {
        Header value = headers.lastHeader(header);
        long since = ArticleHeaders.decodeMillis(value == null ? null : value.value());
        if (since > 0 && since <= now) {
            timer.record(Duration.ofMillis(now - since));
        }
    }

    private static String text(Header header) {
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
