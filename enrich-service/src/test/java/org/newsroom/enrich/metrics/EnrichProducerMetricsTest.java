package org.newsroom.enrich.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.newsroom.events.ArticleHeaders;
import org.junit.jupiter.api.Test;

class EnrichProducerMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final EnrichProducerMetrics listener = new EnrichProducerMetrics(new EnrichMetrics(registry));

    private static ProducerRecord<Object, Object> record(String topic, String json) {
        var record = new ProducerRecord<Object, Object>(topic, "urn:x:1",
                json == null ? null : json.getBytes(StandardCharsets.UTF_8));
        record.headers().add(ArticleHeaders.RECEIVED_AT, ArticleHeaders.encodeMillis(System.currentTimeMillis() - 50));
        record.headers().add(ArticleHeaders.stageAt("ingest"), ArticleHeaders.encodeMillis(System.currentTimeMillis()));
        record.headers().add(ArticleHeaders.AGENCY, "demo".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    @Test
    void enrichedRecordIsCountedOutWithItsSettledSectionAndLanguage() {
        listener.onSuccess(record("articles.enriched", """
                {"uri":"urn:x:1","source":"Demo","format":"ninjs","language":"ar-EG","body_html":"<p>x</p>",
                 "enrichment":{"section":{"name":"politics","confidence":0.9},"language":{"code":"ar"}}}"""), null);

        assertThat(registry.get("newsroom.records.out").tags("stage", "enrich", "agency", "demo", "format", "ninjs",
                "section", "politics", "language", "ar").counter().count()).isEqualTo(1);
        assertThat(registry.get("newsroom.latency").tag("stage", "enrich").timer().count()).isEqualTo(1);
        assertThat(registry.get("newsroom.hop.latency").tag("stage", "enrich").timer().count()).isEqualTo(1);
    }

    @Test
    void tombstonesAreNotCountedAndUnboundedValuesBecomeOther() {
        listener.onSuccess(record("articles.enriched", null), null);
        listener.onSuccess(record("articles.enriched", """
                {"uri":"urn:x:1","source":"an agency with spaces","format":"ninjs","language":"not a language!"}"""),
                null);

        assertThat(registry.get("newsroom.records.out").counters()).hasSize(1);
        assertThat(registry.get("newsroom.records.out").tags("agency", "other", "language", "other", "section", "none")
                .counter().count()).isEqualTo(1);
    }

    @Test
    void deadLettersAreCountedPerTopic() {
        listener.onSuccess(record("articles.ingested.DLT", "not json"), null);

        assertThat(registry.get("newsroom.records.dead.lettered")
                .tags("stage", "enrich", "topic", "articles.ingested.DLT", "agency", "demo").counter().count())
                .isEqualTo(1);
        assertThat(registry.find("newsroom.records.out").counters()).isEmpty();
    }
}
