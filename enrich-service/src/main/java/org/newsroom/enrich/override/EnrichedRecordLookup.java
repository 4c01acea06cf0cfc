package org.newsroom.enrich.override;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.utils.Utils;
import org.newsroom.enrich.follow.CompactedTopicFollower;
import org.newsroom.events.Article;
import org.newsroom.events.ArticleCodec;
import org.newsroom.events.ArticleFormatException;
import org.newsroom.events.Topics;

/**
 * Finds a URI's current record on the compacted {@code articles.enriched} topic: Kafka has no lookup by key, so it
 * reads the key's partition (Kafka's default partitioner: murmur2 of the key) from a hint on, up to the last stable
 * offset. A key's latest record is never before an earlier record of it, and compaction keeps the latest, so reading
 * from the position of the record the editor saw finds every later one: a few records, not the partition. Without a
 * usable hint (unknown, or nothing of the key found after it) it reads the partition from the beginning. The record
 * with the highest (version, revision) wins; a kill or a tombstone (of every version) means there is nothing to
 * re-emit. One
 * group-less, read_committed consumer; not thread-safe (the re-emitting listener has one thread).
 */
final class EnrichedRecordLookup implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(200);

    private final Map<String, Object> consumerConfig;
    private KafkaConsumer<String, byte[]> consumer;

    /** @param consumerConfig Kafka consumer settings; the group is dropped */
    EnrichedRecordLookup(Map<String, Object> consumerConfig) {
        this.consumerConfig = CompactedTopicFollower.groupless(consumerConfig);
    }

    /**
     * @param uri       the key
     * @param partition hinted partition; may be null
     * @param offset    hinted offset in it; may be null
     * @return the current record; empty when the URI has none, or was killed
     * @throws IllegalStateException when the partition could not be read to its end within 30 s (retriable)
     */
    Optional<CurrentRecord> current(String uri, Integer partition, Long offset) {
        if (consumer == null) {
            consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new ByteArrayDeserializer());
        }
        try {
            List<PartitionInfo> partitions = consumer.partitionsFor(Topics.ARTICLES_ENRICHED, TIMEOUT);
            TopicPartition tp = new TopicPartition(Topics.ARTICLES_ENRICHED,
                    partitionOf(uri, partitions.size()));
            consumer.assign(List.of(tp));
            long start = consumer.beginningOffsets(List.of(tp), TIMEOUT).get(tp);
            long end = consumer.endOffsets(List.of(tp), TIMEOUT).get(tp);
            boolean hinted = partition != null && offset != null && partition == tp.partition() && offset > start
                    && offset < end;
            Scan scan = scan(uri, tp, hinted ? offset : start, end);
            if (!scan.found() && hinted) {
                scan = scan(uri, tp, start, end);
            }
            return scan.current();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Kafka's default partition of a String key among {@code partitions}. */
    static int partitionOf(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    private Scan scan(String uri, TopicPartition tp, long from, long end) {
        consumer.seek(tp, from);
        Scan scan = new Scan();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (consumer.position(tp) < end) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("could not read " + tp + " from " + from + " to " + end + " within "
                        + TIMEOUT.toSeconds() + " s");
            }
            for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                if (record.offset() < end && uri.equals(record.key())) {
                    scan.add(record);
                }
            }
        }
        return scan;
    }

    @Override
    public void close() {
        if (consumer != null) {
            consumer.close();
            consumer = null;
        }
    }

    /** What one pass over the partition found of the key. */
    private static final class Scan {
        private ConsumerRecord<String, byte[]> best;
        private Article bestArticle;
        private int maxRevision;
        private boolean found;
        private boolean killed;

        void add(ConsumerRecord<String, byte[]> record) {
            found = true;
            if (record.value() == null) {
                killed = true;
                return;
            }
            Article article;
            try {
                article = ArticleCodec.decode(record.value());
            } catch (ArticleFormatException e) {
                return; // publish dead-letters it; it is nobody's current version
            }
            if (article.isKill()) {
                killed = true;
                return;
            }
            int revision = article.enrichment() == null ? 0 : article.enrichment().revision();
            if (bestArticle == null || article.version() > bestArticle.version()) {
                best = record;
                bestArticle = article;
                maxRevision = revision;
            } else if (article.version() == bestArticle.version()) {
                maxRevision = Math.max(maxRevision, revision);
                if (revision >= revision(bestArticle)) {
                    best = record;
                    bestArticle = article;
                }
            }
        }

        boolean found() {
            return found;
        }

        Optional<CurrentRecord> current() {
            return killed || bestArticle == null || bestArticle.enrichment() == null ? Optional.empty()
                    : Optional.of(new CurrentRecord(best, bestArticle, maxRevision));
        }

        private static int revision(Article article) {
            return article.enrichment() == null ? 0 : article.enrichment().revision();
        }
    }
}
