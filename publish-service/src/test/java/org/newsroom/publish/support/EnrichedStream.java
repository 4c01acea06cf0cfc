package org.newsroom.publish.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsroom.events.Article;
import org.newsroom.events.ArticleCodec;
import org.newsroom.events.ArticleHeaders;
import org.newsroom.events.Topics;
import org.newsroom.infra.LocalKafka;

/** The {@code articles.enriched} topic of the test broker: created as enrich creates it, written as enrich writes. */
public final class EnrichedStream implements AutoCloseable {

    /** Partitions of the topic in tests. */
    public static final int PARTITIONS = 3;

    private final String bootstrapServers;
    private final KafkaProducer<String, byte[]> producer;

    /** Creates the topic (compacted) if missing and opens a producer. */
    public EnrichedStream(LocalKafka kafka) throws ExecutionException, InterruptedException {
        this.bootstrapServers = kafka.bootstrapServers();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(Topics.ARTICLES_ENRICHED, PARTITIONS, (short) 1)
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                            TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(Topics.MAX_MESSAGE_BYTES))))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_MESSAGE_BYTES);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** Writes an enriched article, keyed by its URI, with the headers ingest sets; waits for the broker's ack. */
    public void send(Article article) throws ExecutionException, InterruptedException {
        send(article.uri(), ArticleCodec.encode(article));
    }

    /** Writes a tombstone for {@code uri}; waits for the ack. */
    public void tombstone(String uri) throws ExecutionException, InterruptedException {
        send(uri, null);
    }

    /** Writes raw bytes (null: a tombstone) under {@code key}; waits for the ack. */
    public void send(String key, byte[] value) throws ExecutionException, InterruptedException {
        var record = new ProducerRecord<>(Topics.ARTICLES_ENRICHED, key, value);
        record.headers().add(ArticleHeaders.RECEIVED_AT, ArticleHeaders.encodeMillis(Instant.now().toEpochMilli()));
        record.headers().add(ArticleHeaders.TRACEPARENT,
                "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01".getBytes(StandardCharsets.US_ASCII));
        producer.send(record).get();
    }

    /** Writes several articles without waiting between them, then waits for every ack. */
    public void sendAll(List<Article> articles) throws ExecutionException, InterruptedException {
        List<java.util.concurrent.Future<?>> acks = new ArrayList<>();
        for (Article article : articles) {
            acks.add(producer.send(new ProducerRecord<>(Topics.ARTICLES_ENRICHED, article.uri(),
                    ArticleCodec.encode(article))));
        }
        for (var ack : acks) {
            ack.get();
        }
    }

    /**
     * Reads {@code articles.enriched.DLT} from the beginning until a record keyed {@code key} shows up.
     *
     * @return the dead letter
     * @throws AssertionError when none arrives within {@code timeout}
     */
    public ConsumerRecord<String, byte[]> awaitDeadLetter(String key, Duration timeout) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-dlt-reader-" + System.nanoTime());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(Set.of(Topics.deadLetter(Topics.ARTICLES_ENRICHED)));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("no dead letter for " + key + " within " + timeout);
    }

    /** The text of the last header {@code name} of a record, or null. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The bootstrap servers of the broker. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() {
        producer.close();
    }
}
