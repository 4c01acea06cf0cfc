package org.newsroom.publish.console;

import org.apache.kafka.clients.consumer.Consumer;

/** Makes group-less, read_committed consumers of the pipeline's topics (String keys, byte[] values). */
@FunctionalInterface
public interface ConsoleConsumers {

    /**
     * @param clientId the Kafka client id, to tell the console's consumers apart in broker logs
     * @return a new consumer, owned (and to be closed) by the caller; not thread-safe
     */
    Consumer<String, byte[]> create(String clientId);
}
