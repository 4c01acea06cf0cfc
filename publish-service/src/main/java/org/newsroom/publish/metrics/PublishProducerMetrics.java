package org.newsroom.publish.metrics;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.newsroom.events.Topics;
import org.springframework.kafka.support.LoggingProducerListener;
import org.springframework.stereotype.Component;

/**
 * The template's {@link org.springframework.kafka.support.ProducerListener} (it replaces Boot's default
 * {@link LoggingProducerListener}, whose error logging it keeps): counts dead letters once Kafka acknowledged them.
 */
@Component
class PublishProducerMetrics extends LoggingProducerListener<Object, Object> {

    private static final String DEAD_LETTER_SUFFIX = Topics.deadLetter("");

    private final PublishMetrics metrics;

    PublishProducerMetrics(PublishMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void onSuccess(ProducerRecord<Object, Object> record, RecordMetadata metadata) {
        if (record.topic().endsWith(DEAD_LETTER_SUFFIX)) {
            metrics.deadLettered(record.topic(), record.headers());
        }
    }
}
