package org.newsroom.ingest.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import org.newsroom.events.Article;
import org.springframework.stereotype.Component;

/**
 * The ingest stage's meters ({@code stage=ingest}): {@code newsroom.records.in} (stories offered to Kafka),
 * {@code newsroom.records.out} (acknowledged by Kafka), {@code newsroom.records.failed} (requests rejected, by HTTP
 * status), and the timers {@code newsroom.processing} and {@code newsroom.latency} (agency request accepted → Kafka
 * acknowledgement). Thread-safe.
 */
@Component
public class IngestMetrics {

    static final String PREFIX = "newsroom.";
    static final String STAGE = "ingest";

    private final MeterRegistry registry;
    private final Timer processing;
    private final Timer latency;

    IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.processing = Timer.builder("newsroom.processing")
                .description("Time a stage spent on a story (ingest: request accepted to Kafka acknowledgement)")
                .tag("stage", STAGE)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(1))
                .register(registry);
        this.latency = Timer.builder("newsroom.latency")
                .description("Time from newsroom-received-at to the end of the stage")
                .tag("stage", STAGE)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry);
    }

    /** A parsed story is about to be sent to {@code articles.ingested}. */
    public void offered(Article article) {
        Counter.builder("newsroom.records.in")
                .description("Records a stage took in")
                .tags("stage", STAGE, "agency", MetricTags.token(article.source()),
                        "format", MetricTags.token(article.format()))
                .register(registry)
                .increment();
    }

    /**
     * Kafka acknowledged the story.
     *
     * @param receivedAt when the agency's request was accepted; its distance to now is the stage's latency
     */
    public void acknowledged(Article article, Instant receivedAt) {
        Counter.builder("newsroom.records.out")
                .description("Records a stage handed on (ingest: acknowledged by Kafka)")
                .tags("stage", STAGE, "agency", MetricTags.token(article.source()),
                        "format", MetricTags.token(article.format()),
                        "section", "none", "language", MetricTags.language(article.language()))
                .register(registry)
                .increment();
        Duration elapsed = Duration.between(receivedAt, Instant.now());
        if (!elapsed.isNegative()) {
            processing.record(elapsed);
            latency.record(elapsed);
        }
    }

    /** A push was answered with an error status (400, 401, 413, 415, 503…). */
    void rejected(int httpStatus) {
        Counter.builder("newsroom.records.failed")
                .description("Records a stage could not process")
                .tags("stage", STAGE, "agency", MetricTags.UNKNOWN, "reason", "http_" + httpStatus)
                .register(registry)
                .increment();
    }
}
