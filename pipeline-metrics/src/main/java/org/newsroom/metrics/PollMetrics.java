package org.newsroom.metrics;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What a stage's batch listener counts per poll, for {@link org.newsroom.metrics.spring.PollMetricsInterceptor}: each
 * record delivered, the listener call's time, and each record of a call that threw (its poll is redelivered or
 * dead-lettered). Implementations are thread-safe.
 */
public interface PollMetrics {

    /** A record was delivered to the listener (a redelivered record counts again). */
    void consumed(ConsumerRecord<?, ?> record);

    /** The {@code newsroom.processing} timer of one listener call on a poll. */
    ProcessingTimer processing();

    /** A record of a poll whose listener call threw; {@code reason} is the listener's exception. */
    void failed(ConsumerRecord<?, ?> record, Throwable reason);
}
