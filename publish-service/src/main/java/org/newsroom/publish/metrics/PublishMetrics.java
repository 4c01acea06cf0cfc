package org.newsroom.publish.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.newsroom.events.ArticleHeaders;
import org.newsroom.metrics.ArticleTags;
import org.newsroom.metrics.MetricTags;
import org.newsroom.metrics.PollMetrics;
import org.newsroom.metrics.ProcessingTimer;
import org.newsroom.metrics.StageMeters;
import org.springframework.stereotype.Component;

/**
 * The publish stage's meters ({@code stage=publish}): records in, out (indexed or superseded), failed (documents
 * refused, batches that threw) and dead-lettered; {@code newsroom.processing} per batch; {@code newsroom.latency}
 * (the end-to-end latency: {@code newsroom-received-at} → bulk acknowledged) and {@code newsroom.hop.latency}
 * ({@code newsroom-enrich-at} → the same moment). The end-to-end timer also keeps client-side p50/p95/p99 over the
 * last {@value #PERCENTILE_WINDOW_MINUTES} minutes for the editors' console. Thread-safe.
 */
@Component
public class PublishMetrics implements PollMetrics {

    static final int PERCENTILE_WINDOW_MINUTES = 5;
    private static final String STAGE = "publish";
    private static final String PREVIOUS_STAGE = "enrich";

    private final StageMeters meters;
    private final ProcessingTimer processing;
    private final Timer latency;
    private final Timer hopLatency;
    private final LongAdder published = new LongAdder();

    PublishMetrics(MeterRegistry registry) {
        this.meters = new StageMeters(registry, STAGE);
        this.processing = meters.processingTimer(
                "Time a stage spent on a story (publish: one batch, bulk write included)");
        this.latency = meters.latencyTimer(
                "Time from newsroom-received-at to the end of the stage (publish: end to end)",
                timer -> timer.publishPercentiles(0.5, 0.95, 0.99)
                        .distributionStatisticExpiry(Duration.ofMinutes(PERCENTILE_WINDOW_MINUTES))
                        .distributionStatisticBufferLength(PERCENTILE_WINDOW_MINUTES));
        this.hopLatency = meters.hopLatencyTimer();
    }

    @Override
    public void consumed(ConsumerRecord<?, ?> record) {
        meters.countIn(record);
    }

    /** The listener's time per batch, started and stopped on the consumer thread. */
    @Override
    public ProcessingTimer processing() {
        return processing;
    }

    /**
     * A record's document was acknowledged by Elasticsearch (indexed, or already there in this or a newer version).
     * Latencies are measured to now, except for an editor's re-emit ({@code newsroom-section-override} header).
     */
    public void published(ConsumerRecord<?, ?> record) {
        ArticleTags tags = ArticleTags.of(record.value());
        meters.countOut("Records a stage handed on (publish: acknowledged by Elasticsearch)",
                agency(tags, record.headers()), tags.formatTag(), tags.sectionTag(), tags.languageTag());
        published.increment();
        if (record.headers().lastHeader(ArticleHeaders.SECTION_OVERRIDE) != null) {
            return; // an editor's re-emit of an earlier story: its received-at is the original's
        }
        long now = System.currentTimeMillis();
        StageMeters.recordSince(latency, now, record.headers(), ArticleHeaders.RECEIVED_AT);
        StageMeters.recordSince(hopLatency, now, record.headers(), ArticleHeaders.stageAt(PREVIOUS_STAGE));
    }

    /** A record could not be published ({@code reason}: the exception); it is dead-lettered or redelivered. */
    @Override
    public void failed(ConsumerRecord<?, ?> record, Throwable reason) {
        meters.countFailed("Records a stage could not process", agency(ArticleTags.of(record.value()), record.headers()),
                MetricTags.reason(reason));
    }

    void deadLettered(String topic, Headers headers) {
        meters.countDeadLettered(topic, headers);
    }

    /** Records published by this instance since it started. */
    public long publishedCount() {
        return published.sum();
    }

    /**
     * End-to-end latency percentiles over the last few minutes (client-side, decaying).
     *
     * @return p50, p95, p99 in ms; NaN where no story was published in the window
     */
    public double[] endToEndPercentilesMs() {
        double[] result = {Double.NaN, Double.NaN, Double.NaN};
        ValueAtPercentile[] values = latency.takeSnapshot().percentileValues();
        for (int i = 0; i < values.length && i < result.length; i++) {
            double ms = values[i].value(TimeUnit.MILLISECONDS);
            result[i] = ms > 0 ? ms : Double.NaN;
        }
        return result;
    }

    private static String agency(ArticleTags tags, Headers headers) {
        return tags.source() != null ? tags.agencyTag() : MetricTags.token(StageMeters.agencyHeader(headers));
    }
}
