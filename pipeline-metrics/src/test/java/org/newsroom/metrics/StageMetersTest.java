package org.newsroom.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.newsroom.events.ArticleHeaders;

class StageMetersTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final StageMeters meters = new StageMeters(registry, "enrich");

    @Test
    void countersCarryTheStageAndTheGivenTags() {
        meters.countIn("in", "afp", "ninjs");
        meters.countOut("out", "afp", "ninjs", "politics", "ar");
        meters.countFailed("failed", "afp", MetricTags.reason(new IllegalStateException()));

        assertThat(registry.get("newsroom.records.in").tags("stage", "enrich", "agency", "afp", "format", "ninjs")
                .counter().count()).isEqualTo(1);
        assertThat(registry.get("newsroom.records.out").tags("stage", "enrich", "section", "politics", "language", "ar")
                .counter().count()).isEqualTo(1);
        assertThat(registry.get("newsroom.records.failed").tags("reason", "illegalstateexception").counter().getId()
                .getDescription()).isEqualTo("failed");
    }

    @Test
    void aDeliveredRecordCountsInWithTheAgencyAndFormatOfItsJson() {
        byte[] json = "{\"uri\":\"urn:a\",\"source\":\"AFP\",\"format\":\"ninjs\"}".getBytes(StandardCharsets.UTF_8);
        meters.countIn(new ConsumerRecord<>("articles.ingested", 0, 0, "urn:a", json));
        meters.countIn(new ConsumerRecord<>("articles.ingested", 0, 1, "urn:b", "not json".getBytes(StandardCharsets.UTF_8)));

        assertThat(registry.get("newsroom.records.in").tags("stage", "enrich", "agency", "afp", "format", "ninjs")
                .counter().count()).isEqualTo(1);
        assertThat(registry.get("newsroom.records.in").tags("agency", "unknown").counter().count()).isEqualTo(1);
    }

    @Test
    void deadLettersTakeTheAgencyFromTheHeader() {
        var headers = new RecordHeaders();
        meters.countDeadLettered("articles.ingested.DLT", headers);
        headers.add(ArticleHeaders.AGENCY, "AFP".getBytes(StandardCharsets.UTF_8));
        meters.countDeadLettered("articles.ingested.DLT", headers);

        assertThat(registry.get("newsroom.records.dead.lettered").tags("agency", "unknown").counter().count())
                .isEqualTo(1);
        assertThat(registry.get("newsroom.records.dead.lettered")
                .tags("stage", "enrich", "agency", "afp", "topic", "articles.ingested.DLT").counter().count())
                .isEqualTo(1);
    }

    @Test
    void latencyIsMeasuredFromAHeaderStampAndSkipsMissingOrFutureStamps() {
        Timer latency = meters.latencyTimer("latency");
        var headers = new RecordHeaders();
        StageMeters.recordSince(latency, 10_000, headers, ArticleHeaders.RECEIVED_AT);
        headers.add(ArticleHeaders.RECEIVED_AT, ArticleHeaders.encodeMillis(10_001));
        StageMeters.recordSince(latency, 10_000, headers, ArticleHeaders.RECEIVED_AT);
        assertThat(latency.count()).isZero();

        headers.add(ArticleHeaders.RECEIVED_AT, ArticleHeaders.encodeMillis(9_750));
        StageMeters.recordSince(latency, 10_000, headers, ArticleHeaders.RECEIVED_AT);
        assertThat(latency.count()).isEqualTo(1);
        assertThat(latency.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS)).isEqualTo(250);
    }

    @Test
    void processingTimerRecordsOnlyAfterAStartOnTheSameThread() {
        ProcessingTimer processing = meters.processingTimer("processing");
        processing.stop();
        assertThat(registry.get("newsroom.processing").tag("stage", "enrich").timer().count()).isZero();

        processing.start();
        processing.stop();
        processing.stop();
        assertThat(registry.get("newsroom.processing").timer().count()).isEqualTo(1);
    }

    @Test
    void hopLatencyHasTheDescriptionEveryStageShares() {
        meters.hopLatencyTimer();
        assertThat(registry.get("newsroom.hop.latency").tag("stage", "enrich").timer().getId().getDescription())
                .isEqualTo("Time from the previous stage's newsroom-<stage>-at to the end of this stage");
    }
}
