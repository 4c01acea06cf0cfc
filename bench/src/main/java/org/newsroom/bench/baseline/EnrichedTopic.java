package org.newsroom.bench.baseline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.newsroom.events.Article;
import org.newsroom.events.ArticleCodec;
import org.newsroom.events.ArticleHeaders;
import org.newsroom.events.Topics;
import org.newsroom.publish.index.ArticleDocument;

/**
 * {@code articles.enriched} read from the beginning (read_committed, a fresh consumer group) and turned into the
 * documents publish-service writes, into memory, for the raw bulk baseline.
 */
public final class EnrichedTopic {

    private final String bootstrapServers;

    public EnrichedTopic(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** @return every document the topic holds now, in offset order per partition */
    public List<ArticleDocument> readAll() {
        List<ArticleDocument> documents = new ArrayList<>();
        consume(documents::addAll);
        return documents;
    }

    private void consume(java.util.function.Consumer<List<ArticleDocument>> sink) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-replay-" + UUID.randomUUID());
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, BulkLoader.BATCH);
        properties.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 10 * 1024 * 1024);
        try (var consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ARTICLES_ENRICHED).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                List<ArticleDocument> batch = new ArrayList<>(records.count());
                for (ConsumerRecord<String, byte[]> record : records) {
                    batch.add(document(record));
                }
                sink.accept(batch);
            }
        }
    }

    private static ArticleDocument document(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return ArticleDocument.killed(record.key(), 0);
        }
        Article article = ArticleCodec.decode(record.value());
        if (article.isKill()) {
            return ArticleDocument.killed(article.uri(), article.version());
        }
        Header received = record.headers().lastHeader(ArticleHeaders.RECEIVED_AT);
        long receivedAt = received == null ? -1 : ArticleHeaders.decodeMillis(received.value());
        return ArticleDocument.of(article, receivedAt < 0 ? null : Instant.ofEpochMilli(receivedAt));
    }
}
