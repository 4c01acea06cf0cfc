package org.newsroom.metrics.spring;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.newsroom.metrics.PollMetrics;
import org.springframework.kafka.listener.BatchInterceptor;

/**
 * Spring Kafka {@link BatchInterceptor} over a stage's {@link PollMetrics} (Spring Boot applies the single such bean
 * to the listener container factory): counts each delivered record in, times the listener's call on the poll, and
 * counts every record of a poll whose call threw, with the listener's own exception (the container wraps it) as the
 * reason. Runs on the consumer thread, which also keeps the start time between {@link #intercept} and
 * {@link #success}/{@link #failure}.
 */
public final class PollMetricsInterceptor implements BatchInterceptor<Object, Object> {

    private final PollMetrics metrics;

    /** @param metrics the stage's meters */
    public PollMetricsInterceptor(PollMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public ConsumerRecords<Object, Object> intercept(ConsumerRecords<Object, Object> records,
            Consumer<Object, Object> consumer) {
        for (ConsumerRecord<Object, Object> record : records) {
            metrics.consumed(record);
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
        Throwable reason = exception.getCause() != null ? exception.getCause() : exception;
        for (ConsumerRecord<Object, Object> record : records) {
            metrics.failed(record, reason);
        }
    }
}
