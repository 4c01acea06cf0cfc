package org.newsroom.enrich.related;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.newsroom.enrich.versions.EnrichedVersions;
import org.newsroom.events.Article;
import org.newsroom.events.ArticleCodec;
import org.newsroom.events.ArticleFormatException;
import org.newsroom.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Keeps the {@link RelatedIndex} equal to {@code articles.enriched}, the source of truth: at start it reads the
 * compacted topic from the beginning (its own consumer, no group: {@code assign} + {@code seekToBeginning},
 * read_committed) up to the end offsets found then, refreshes the index and reports {@link RelatedIndexRebuilt}; then
 * it keeps following the topic, so every instance of enrich holds the same index. A usable article is indexed
 * (replacing its earlier version); a kill, a withheld version or a tombstone removes the URI; articles older than the
 * window are evicted once an hour. Every article and kill read is also told to {@link EnrichedVersions}. A record that is not an article is logged and skipped (the topic is enrich's own
 * output; its dead letters were handled upstream). After a Kafka failure it reconnects and goes on from the offsets
 * it had applied.
 */
public final class RelatedIndexFollower implements SmartLifecycle {

    /** Started before, and stopped after, the listener containers (phase {@code Integer.MAX_VALUE - 100}). */
    static final int PHASE = Integer.MAX_VALUE - 200;

    private static final Logger log = LoggerFactory.getLogger(RelatedIndexFollower.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration RETRY = Duration.ofSeconds(1);
    private static final Duration EVICT_EVERY = Duration.ofHours(1);

    private final RelatedIndex index;
    private final EnrichedVersions versions;
    private final Map<String, Object> consumerConfig;
    private final RelatedProperties properties;
    private final Clock clock;
    private final Consumer<RelatedIndexRebuilt> onRebuilt;
    private final Map<TopicPartition, Long> applied = new HashMap<>();

    private volatile boolean running;
    private volatile RelatedIndexRebuilt rebuilt;
    private volatile long records;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;
    private Instant lastEviction = Instant.EPOCH;

    /**
     * @param index          the index to keep
     * @param versions       told of every article and kill read
     * @param consumerConfig Kafka consumer settings (bootstrap servers, security); {@code group.id} is dropped, offsets
     *                       are never committed, isolation is read_committed
     * @param properties     the window, for eviction
     * @param clock          what "now" is for eviction
     * @param onRebuilt      called once, on the follower's thread, when the rebuild is complete
     */
    public RelatedIndexFollower(RelatedIndex index, EnrichedVersions versions, Map<String, Object> consumerConfig,
            RelatedProperties properties, Clock clock, Consumer<RelatedIndexRebuilt> onRebuilt) {
        this.index = index;
        this.versions = versions;
        this.consumerConfig = followerConfig(consumerConfig);
        this.properties = properties;
        this.clock = clock;
        this.onRebuilt = onRebuilt;
    }

    private static Map<String, Object> followerConfig(Map<String, Object> base) {
        Map<String, Object> config = new HashMap<>(base);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        config.remove(ConsumerConfig.CLIENT_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        return config;
    }

    /** The completed rebuild, or null while it runs. */
    public RelatedIndexRebuilt rebuilt() {
        return rebuilt;
    }

    /** Records read from {@code articles.enriched} so far, tombstones included. */
    public long records() {
        return records;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "related-index-follower");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        Thread worker;
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
            worker = thread;
        }
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        try {
            worker.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    private void run() {
        long startNanos = System.nanoTime();
        while (running) {
            try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(consumerConfig, new StringDeserializer(),
                    new ByteArrayDeserializer())) {
                consumer = kafka;
                follow(kafka, startNanos);
            } catch (WakeupException e) {
                // stop() was called
            } catch (RuntimeException e) {
                if (running) {
                    log.atError().addKeyValue("topic", Topics.ARTICLES_ENRICHED).setCause(e)
                            .log("related index follower failed; reconnecting");
                    pause(RETRY);
                }
            } finally {
                consumer = null;
            }
        }
    }

    private void follow(KafkaConsumer<String, byte[]> kafka, long startNanos) {
        List<TopicPartition> partitions = awaitPartitions(kafka);
        if (partitions.isEmpty()) {
            return;
        }
        kafka.assign(partitions);
        for (TopicPartition partition : partitions) {
            Long next = applied.get(partition);
            if (next == null) {
                kafka.seekToBeginning(List.of(partition));
            } else {
                kafka.seek(partition, next);
            }
        }
        Map<TopicPartition, Long> end = rebuilt == null ? kafka.endOffsets(partitions) : Map.of();
        while (running) {
            ConsumerRecords<String, byte[]> batch = kafka.poll(POLL);
            for (ConsumerRecord<String, byte[]> record : batch) {
                apply(record);
                applied.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
            }
            records += batch.count();
            if (rebuilt == null) {
                if (caughtUp(kafka, end)) {
                    evictIfDue();
                    index.refresh();
                    rebuilt = new RelatedIndexRebuilt(index.size(), records,
                            Duration.ofNanos(System.nanoTime() - startNanos).toMillis());
                    log.atInfo().addKeyValue("articles", rebuilt.articles()).addKeyValue("records", rebuilt.records())
                            .addKeyValue("elapsed_ms", rebuilt.elapsedMs())
                            .log("related index rebuilt from " + Topics.ARTICLES_ENRICHED);
                    onRebuilt.accept(rebuilt);
                }
            } else {
                if (evictIfDue() || !batch.isEmpty()) {
                    index.refresh();
                }
            }
        }
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            if (record.key() != null) {
                index.remove(record.key());
            }
            return;
        }
        try {
            Article article = ArticleCodec.decode(record.value());
            versions.saw(article);
            index.index(article);
        } catch (ArticleFormatException e) {
            log.atWarn().addKeyValue("uri", record.key()).addKeyValue("partition", record.partition())
                    .addKeyValue("offset", record.offset()).addKeyValue("reason", e.getMessage())
                    .log("skipped a record of " + Topics.ARTICLES_ENRICHED + " that is not an article");
        }
    }

    private boolean caughtUp(KafkaConsumer<String, byte[]> kafka, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            if (kafka.position(partition.getKey()) < partition.getValue()) {
                return false;
            }
        }
        return true;
    }

    private boolean evictIfDue() {
        Instant now = clock.instant();
        if (Duration.between(lastEviction, now).compareTo(EVICT_EVERY) < 0) {
            return false;
        }
        lastEviction = now;
        index.evictOlderThan(now.minus(properties.window()));
        return true;
    }

    private List<TopicPartition> awaitPartitions(KafkaConsumer<String, byte[]> kafka) {
        while (running) {
            var infos = kafka.partitionsFor(Topics.ARTICLES_ENRICHED);
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            }
            log.atInfo().addKeyValue("topic", Topics.ARTICLES_ENRICHED).log("waiting for the topic to exist");
            pause(RETRY);
        }
        return List.of();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
