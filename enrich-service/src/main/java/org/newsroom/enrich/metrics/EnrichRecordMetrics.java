package org.newsroom.enrich.metrics;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.newsroom.metrics.ArticleTags;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.stereotype.Component;

/**
 * Spring Kafka {@link RecordInterceptor} (Boot applies the single such bean to the listener container factory):
 * counts each delivery in, times the listener, counts failures. Runs on the consumer thread, which also keeps the
 * start time between {@link #intercept} and {@link #success}/{@link #failure}.
 */
@Component
class EnrichRecordMetrics implements RecordInterceptor<Object, Object> {

    private final EnrichMetrics metrics;

    EnrichRecordMetrics(EnrichMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
            Consumer<Object, Object> consumer) {
        metrics.consumed(ArticleTags.of(record.value()));
        metrics.processing().start();
        return record;
    }

    @Override
    public void success(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        metrics.processing().stop();
    }

    @Override
    public void failure(ConsumerRecord<Object, Object> record, Exception exception,
            Consumer<Object, Object> consumer) {
        metrics.processing().stop();
        Throwable cause = exception.getCause() != null ? exception.getCause() : exception;
        metrics.failed(ArticleTags.of(record.value()), cause);
    }
}
