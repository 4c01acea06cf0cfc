package org.newsroom.bench.baseline;

import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Baseline: how fast one producer with ingest's settings (acks=all, idempotent, lz4, linger 5 ms) writes the same
 * stories to a topic of six partitions, asynchronously, as fast as the broker acknowledges them.
 */
public final class RawKafkaProducer {

    private RawKafkaProducer() {
    }

    /**
     * @param topic   a scratch topic, created with six partitions
     * @param keys    record keys (the URIs)
     * @param values  record values, same order
     * @return the rate from the first send to the last acknowledgement
     * @throws IllegalStateException if any record was not acknowledged
     */
    public static Throughput measure(String bootstrapServers, String topic, List<String> keys, List<byte[]> values)
            throws Exception {
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin client = Admin.create(admin)) {
            client.createTopics(List.of(new NewTopic(topic, 6, (short) 1))).all().get();
        }
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        properties.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 5 * 1024 * 1024);
        AtomicReference<Exception> failure = new AtomicReference<>();
        long bytes = 0;
        long nanos;
        try (var producer = new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer())) {
            producer.partitionsFor(topic); // metadata first: not part of the rate
            long start = System.nanoTime();
            for (int i = 0; i < keys.size(); i++) {
                bytes += values.get(i).length;
                producer.send(new ProducerRecord<>(topic, keys.get(i), values.get(i)), (metadata, e) -> {
                    if (e != null) {
                        failure.compareAndSet(null, e);
                    }
                });
            }
            producer.flush();
            nanos = System.nanoTime() - start;
        }
        if (failure.get() != null) {
            throw new IllegalStateException("the raw producer failed", failure.get());
        }
        return new Throughput(keys.size(), bytes, nanos);
    }
}
