package org.newsroom.enrich.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
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
 * The enrich stage's meters ({@code stage=enrich}): records in, out (written to {@code articles.enriched}), failed
 * (records of a poll whose transaction rolled back, redelivered) and dead-lettered; {@code newsroom.processing} per poll;
 * {@code newsroom.latency} ({@code newsroom-received-at} → enriched record acknowledged) and
 * {@code newsroom.hop.latency} ({@code newsroom-ingest-at} → the same moment). Thread-safe.
 */
@Component
class EnrichMetrics implements PollMetrics {

    private static final String STAGE = "enrich";
    private static final String PREVIOUS_STAGE = "ingest";

    private final StageMeters meters;
    private final ProcessingTimer processing;
    private final Timer latency;
    private final Timer hopLatency;

    EnrichMetrics(MeterRegistry registry) {
        this.meters = new StageMeters(registry, STAGE);
        this.processing = meters.processingTimer("Time a stage spent on a story (enrich: one listener call on a poll)");
        this.latency = meters.latencyTimer("Time from newsroom-received-at to the end of the stage");
        this.hopLatency = meters.hopLatencyTimer();
    }

    @Override
    public void consumed(ConsumerRecord<?, ?> record) {
        meters.countIn(record);
    }

    @Override
    public void failed(ConsumerRecord<?, ?> record, Throwable reason) {
        meters.countFailed("Records of a poll whose listener call threw; the poll is redelivered",
                ArticleTags.of(record.value()).agencyTag(), MetricTags.reason(reason));
    }

    /** The listener's time per poll, started and stopped on the consumer thread. */
    @Override
    public ProcessingTimer processing() {
        return processing;
    }

    /**
     * An enriched record was acknowledged by Kafka; latencies are measured to now, except for an editor's re-emit
     * ({@code newsroom-section-override}: its received-at is the original's).
     */
    void produced(ArticleTags tags, Headers headers) {
        meters.countOut("Records a stage handed on (enrich: written to articles.enriched)", tags.agencyTag(),
                tags.formatTag(), tags.sectionTag(), tags.languageTag());
        if (headers.lastHeader(ArticleHeaders.SECTION_OVERRIDE) != null) {
            return;
        }
        long now = System.currentTimeMillis();
        StageMeters.recordSince(latency, now, headers, ArticleHeaders.RECEIVED_AT);
        StageMeters.recordSince(hopLatency, now, headers, ArticleHeaders.stageAt(PREVIOUS_STAGE));
    }

    /** A record was written to a dead-letter topic. */
    void deadLettered(String topic, Headers headers) {
        meters.countDeadLettered(topic, headers);
    }
}
