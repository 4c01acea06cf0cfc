package org.newsroom.enrich.metrics;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.newsroom.metrics.ArticleTags;
import org.springframework.kafka.listener.BatchInterceptor;
import org.springframework.stereotype.Component;

/**
 * Spring Kafka {@link BatchInterceptor} (Boot applies the single such bean to the listener container factory): counts
 * each delivered record in, times the listener's call on the poll, and counts every record of a poll whose call threw
 * (its transaction rolled back: the poll is redelivered). Runs on the consumer thread, which also keeps the start
 * time between {@link #intercept} and {@link #success}/{@link #failure}.
 */
@Component
class EnrichBatchMetrics implements BatchInterceptor<Object, Object> {

    private final EnrichMetrics metrics;

    EnrichBatchMetrics(EnrichMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public ConsumerRecords<Object, Object> intercept(ConsumerRecords<Object, Object> records,
            Consumer<Object, Object> consumer) {
        for (ConsumerRecord<Object, Object> record : records) {
            metrics.consumed(ArticleTags.of(record.value()));
        }
        metrics.processing().start();
        return records;
    }

    @Override
    public void success(ConsumerRecords<Object, Object> records, Consumer<Object, Object> consumer) {
        metrics.processing().stop();
    }

    @Override
    public void failure(ConsumerRecords<Object, Object> records, Exception exception,
            Consumer<Object, Object> consumer) {
        metrics.processing().stop();
        Throwable cause = exception.getCause() != null ? exception.getCause() : exception;
        for (ConsumerRecord<Object, Object> record : records) {
            metrics.failed(ArticleTags.of(record.value()), cause);
        }
    }

}
