package org.newsroom.publish.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.newsroom.events.ArticleHeaders;
import org.springframework.stereotype.Component;

/**
 * The publish stage's meters ({@code stage=publish}): records in, out (indexed or superseded), failed (documents
 * refused, batches that threw) and dead-lettered; {@code newsroom.processing} per batch; {@code newsroom.latency}
 * (the end-to-end latency: {@code newsroom-received-at} → bulk acknowledged) and {@code newsroom.hop.latency}
 * ({@code newsroom-enrich-at} → the same moment). The end-to-end timer also keeps client-side p50/p95/p99 over the
 * last {@value #PERCENTILE_WINDOW_MINUTES} minutes for the editors' console. Thread-safe.
 */
@Component
public class PublishMetrics {

    static final String PREFIX = "newsroom.";
    static final String STAGE = "publish";
    static final int PERCENTILE_WINDOW_MINUTES = 5;
    private static final String PREVIOUS_STAGE = "enrich";

    private final MeterRegistry registry;
    private final Timer processing;
    private final Timer latency;
    private final Timer hopLatency;
    private final LongAdder published = new LongAdder();

    PublishMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.processing = Timer.builder("newsroom.processing")
                .description("Time a stage spent on a story (publish: one batch, bulk write included)")
                .tag("stage", STAGE)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(1))
                .register(registry);
        this.latency = Timer.builder("newsroom.latency")
                .description("Time from newsroom-received-at to the end of the stage (publish: end to end)")
                .tag("stage", STAGE)
                .publishPercentileHistogram()
                .publishPercentiles(0.5, 0.95, 0.99)
                .distributionStatisticExpiry(Duration.ofMinutes(PERCENTILE_WINDOW_MINUTES))
                .distributionStatisticBufferLength(PERCENTILE_WINDOW_MINUTES)
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry);
        this.hopLatency = Timer.builder("newsroom.hop.latency")
                .description("Time from the previous stage's newsroom-<stage>-at to the end of this stage")
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

    void processed(long nanos) {
        processing.record(Duration.ofNanos(nanos));
    }

    /**
     * A record's document was acknowledged by Elasticsearch (indexed, or already there in this or a newer version).
     * Latencies are measured to now, except for an editor's re-emit ({@code newsroom-section-override} header).
     */
    public void published(ConsumerRecord<?, ?> record) {
        ArticleTags tags = ArticleTags.of(record.value());
        Counter.builder("newsroom.records.out")
                .description("Records a stage handed on (publish: acknowledged by Elasticsearch)")
                .tags("stage", STAGE, "agency", agency(tags, record.headers()), "format", tags.formatTag(),
                        "section", tags.sectionTag(), "language", tags.languageTag())
                .register(registry)
                .increment();
        published.increment();
        if (record.headers().lastHeader(ArticleHeaders.SECTION_OVERRIDE) != null) {
            return; // an editor's re-emit of an earlier story: its received-at is the original's
        }
        long now = System.currentTimeMillis();
        record(latency, now, record.headers(), ArticleHeaders.RECEIVED_AT);
        record(hopLatency, now, record.headers(), ArticleHeaders.stageAt(PREVIOUS_STAGE));
    }

    /** A record could not be published ({@code reason}: the exception); it is dead-lettered or redelivered. */
    public void failed(ConsumerRecord<?, ?> record, Throwable reason) {
        Counter.builder("newsroom.records.failed")
                .description("Records a stage could not process")
                .tags("stage", STAGE, "agency", agency(ArticleTags.of(record.value()), record.headers()),
                        "reason", MetricTags.token(reason.getClass().getSimpleName()))
                .register(registry)
                .increment();
    }

    void deadLettered(String topic, Headers headers) {
        Counter.builder("newsroom.records.dead.lettered")
                .description("Records written to a dead-letter topic")
                .tags("stage", STAGE, "agency", MetricTags.token(text(headers.lastHeader(ArticleHeaders.AGENCY))),
                        "topic", topic)
                .register(registry)
                .increment();
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
        return tags.source() != null ? tags.agencyTag()
                : MetricTags.token(text(headers.lastHeader(ArticleHeaders.AGENCY)));
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
