package org.newsroom.enrich.metrics;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.newsroom.events.Topics;
import org.newsroom.metrics.ArticleTags;
import org.springframework.kafka.support.LoggingProducerListener;
import org.springframework.stereotype.Component;

/**
 * The template's {@link org.springframework.kafka.support.ProducerListener} (it replaces Boot's default
 * {@link LoggingProducerListener}, whose error logging it keeps): counts enriched records and dead letters once Kafka
 * acknowledged them, and measures the latencies at that moment.
 */
@Component
class EnrichProducerMetrics extends LoggingProducerListener<Object, Object> {

    private static final String DEAD_LETTER_SUFFIX = Topics.deadLetter("");

    private final EnrichMetrics metrics;

    EnrichProducerMetrics(EnrichMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void onSuccess(ProducerRecord<Object, Object> record, RecordMetadata metadata) {
        if (record.topic().endsWith(DEAD_LETTER_SUFFIX)) {
            metrics.deadLettered(record.topic(), record.headers());
        } else if (Topics.ARTICLES_ENRICHED.equals(record.topic()) && record.value() != null) {
            metrics.produced(ArticleTags.of(record.value()), record.headers());
        }
    }
}
