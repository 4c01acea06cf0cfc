package org.newsroom.ingest.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import org.newsroom.events.Article;
import org.newsroom.metrics.MetricTags;
import org.newsroom.metrics.ProcessingTimer;
import org.newsroom.metrics.StageMeters;
import org.springframework.stereotype.Component;

/**
 * The ingest stage's meters ({@code stage=ingest}): {@code newsroom.records.in} (stories offered to Kafka),
 * {@code newsroom.records.out} (acknowledged by Kafka), {@code newsroom.records.failed} (requests rejected, by HTTP
 * status), and the timers {@code newsroom.processing} and {@code newsroom.latency} (agency request accepted → Kafka
 * acknowledgement). Thread-safe.
 */
@Component
public class IngestMetrics {

    private static final String STAGE = "ingest";

    private final StageMeters meters;
    private final ProcessingTimer processing;
    private final Timer latency;

    IngestMetrics(MeterRegistry registry) {
        this.meters = new StageMeters(registry, STAGE);
        this.processing = meters.processingTimer(
                "Time a stage spent on a story (ingest: request accepted to Kafka acknowledgement)");
        this.latency = meters.latencyTimer("Time from newsroom-received-at to the end of the stage");
    }

    /** A parsed story is about to be sent to {@code articles.ingested}. */
    public void offered(Article article) {
        meters.countIn("Records a stage took in", MetricTags.token(article.source()),
                MetricTags.token(article.format()));
    }

    /**
     * Kafka acknowledged the story.
     *
     * @param receivedAt when the agency's request was accepted; its distance to now is the stage's latency
     */
    public void acknowledged(Article article, Instant receivedAt) {
        meters.countOut("Records a stage handed on (ingest: acknowledged by Kafka)", MetricTags.token(article.source()),
                MetricTags.token(article.format()), MetricTags.NO_SECTION, MetricTags.language(article.language()));
        Duration elapsed = Duration.between(receivedAt, Instant.now());
        if (!elapsed.isNegative()) {
            processing.record(elapsed);
            latency.record(elapsed);
        }
    }

    /** A push was answered with an error status (400, 401, 413, 415, 503…). */
    void rejected(int httpStatus) {
        meters.countFailed("Records a stage could not process", MetricTags.UNKNOWN, "http_" + httpStatus);
    }
}
