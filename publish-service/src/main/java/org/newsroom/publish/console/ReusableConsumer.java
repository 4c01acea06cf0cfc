package org.newsroom.publish.console;

import java.util.function.Function;
import org.apache.kafka.clients.consumer.Consumer;

/**
 * One group-less consumer kept for on-demand reads (dead letters, traces, the audit trail), used by one caller at a
 * time: a console page polls every few seconds, and creating a consumer per request would churn connections and
 * logs. After a failure the consumer is closed and the next call makes a new one. Thread-safe.
 */
public final class ReusableConsumer implements AutoCloseable {

    private final ConsoleConsumers consumers;
    private final String clientId;
    private Consumer<String, byte[]> consumer;

    /**
     * @param consumers where consumers come from
     * @param clientId  the Kafka client id of the consumer
     */
    public ReusableConsumer(ConsoleConsumers consumers, String clientId) {
        this.consumers = consumers;
        this.clientId = clientId;
    }

    /**
     * Runs {@code work} with the consumer; {@code work} assigns and seeks the partitions it reads.
     *
     * @throws RuntimeException whatever {@code work} or the consumer throws
     */
    public synchronized <T> T with(Function<Consumer<String, byte[]>, T> work) {
        if (consumer == null) {
            consumer = consumers.create(clientId);
        }
        try {
            return work.apply(consumer);
        } catch (RuntimeException e) {
            consumer.close();
            consumer = null;
            throw e;
        }
    }

    @Override
    public synchronized void close() {
        if (consumer != null) {
            consumer.close();
            consumer = null;
        }
    }
}
