package org.newsroom.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.newsroom.events.ArticleHeaders;

/**
 * The {@code newsroom.*} meters of one pipeline stage, each tagged {@code stage} (names and tags:
 * {@code docs/metrics.md}): the counters {@code newsroom.records.in}, {@code .out}, {@code .failed} and
 * {@code .dead.lettered}, and the histogram timers {@code newsroom.processing} (1 ms to 1 min),
 * {@code newsroom.latency} and {@code newsroom.hop.latency} (1 ms to 10 min). The stage gives each meter its
 * description and passes tag values already bounded by {@link MetricTags}. Thread-safe.
 */
public final class StageMeters {

    /** The prefix of every pipeline meter's name. */
    public static final String PREFIX = "newsroom.";

    private final MeterRegistry registry;
    private final String stage;

    /**
     * @param registry where the meters are registered
     * @param stage    the {@code stage} tag: {@code ingest}, {@code enrich} or {@code publish}
     */
    public StageMeters(MeterRegistry registry, String stage) {
        this.registry = registry;
        this.stage = stage;
    }

    /** {@code newsroom.processing}: the time the stage spent on one unit of work. */
    public ProcessingTimer processingTimer(String description) {
        return new ProcessingTimer(histogram("newsroom.processing", description, Duration.ofMinutes(1))
                .register(registry));
    }

    /** {@code newsroom.latency}: {@code newsroom-received-at} to the end of the stage. */
    public Timer latencyTimer(String description) {
        return latencyTimer(description, UnaryOperator.identity());
    }

    /**
     * {@code newsroom.latency}, with more of the stage's own configuration.
     *
     * @param more adds to the builder, e.g. client-side percentiles
     */
    public Timer latencyTimer(String description, UnaryOperator<Timer.Builder> more) {
        return more.apply(histogram("newsroom.latency", description, Duration.ofMinutes(10))).register(registry);
    }

    /** {@code newsroom.hop.latency}: the previous stage's {@code newsroom-<stage>-at} to the end of this stage. */
    public Timer hopLatencyTimer() {
        return histogram("newsroom.hop.latency",
                "Time from the previous stage's newsroom-<stage>-at to the end of this stage", Duration.ofMinutes(10))
                .register(registry);
    }

    private Timer.Builder histogram(String name, String description, Duration maximum) {
        return Timer.builder(name)
                .description(description)
                .tag("stage", stage)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(maximum);
    }

    /** Counts one record in: {@code newsroom.records.in{stage, agency, format}}. */
    public void countIn(String description, String agency, String format) {
        count("newsroom.records.in", description, "agency", agency, "format", format);
    }

    /**
     * Counts one record delivered to the stage's Kafka listener ({@code newsroom.records.in}), with the agency and
     * format read from its JSON value ({@link ArticleTags}); a redelivered record counts again.
     */
    public void countIn(ConsumerRecord<?, ?> record) {
        ArticleTags tags = ArticleTags.of(record.value());
        countIn("Records a stage took in (deliveries: a redelivered record counts again)", tags.agencyTag(),
                tags.formatTag());
    }

    /** Counts one record out: {@code newsroom.records.out{stage, agency, format, section, language}}. */
    public void countOut(String description, String agency, String format, String section, String language) {
        count("newsroom.records.out", description, "agency", agency, "format", format, "section", section,
                "language", language);
    }

    /** Counts one failure: {@code newsroom.records.failed{stage, agency, reason}}. */
    public void countFailed(String description, String agency, String reason) {
        count("newsroom.records.failed", description, "agency", agency, "reason", reason);
    }

    /**
     * Counts one record written to a dead-letter topic: {@code newsroom.records.dead.lettered{stage, agency, topic}},
     * the agency read from the record's {@code newsroom-agency} header.
     */
    public void countDeadLettered(String topic, Headers headers) {
        count("newsroom.records.dead.lettered", "Records written to a dead-letter topic",
                "agency", MetricTags.token(agencyHeader(headers)), "topic", topic);
    }

    private void count(String name, String description, String... tags) {
        Counter.builder(name)
                .description(description)
                .tag("stage", stage)
                .tags(tags)
                .register(registry)
                .increment();
    }

    /**
     * Records on {@code timer} the time from the epoch-millisecond stamp in {@code header} to {@code nowMs}; an
     * absent or undecodable stamp, or one in the future, records nothing.
     */
    public static void recordSince(Timer timer, long nowMs, Headers headers, String header) {
        Header value = headers.lastHeader(header);
        long since = ArticleHeaders.decodeMillis(value == null ? null : value.value());
        if (since > 0 && since <= nowMs) {
            timer.record(Duration.ofMillis(nowMs - since));
        }
    }

    /** @return the {@code newsroom-agency} header as text, or null when absent */
    public static String agencyHeader(Headers headers) {
        Header header = headers.lastHeader(ArticleHeaders.AGENCY);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
