package org.newsroom.publish.metrics;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.newsroom.metrics.ArticleTags;
import org.springframework.kafka.listener.BatchInterceptor;
import org.springframework.stereotype.Component;

/**
 * Spring Kafka {@link BatchInterceptor} (Boot applies the single such bean to the listener container factory): counts
 * each delivered record in, times the batch, and counts every record of a batch that threw (Elasticsearch away: the
 * batch is redelivered). Runs on the consumer thread, which also keeps the start time.
 */
@Component
class PublishBatchMetrics implements BatchInterceptor<Object, Object> {

    private final PublishMetrics metrics;

    PublishBatchMetrics(PublishMetrics metrics) {
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
            metrics.failed(record, cause);
        }
    }
}
