package org.newsroom.enrich.override;

import java.time.Duration;
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
import org.newsroom.events.ArticleFormatException;
import org.newsroom.events.SectionOverride;
import org.newsroom.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Keeps the {@link SectionOverrideTable} equal to {@code articles.section-overrides}: at start it reads the compacted
 * topic from the beginning (its own consumer, no group: {@code assign} + {@code seekToBeginning}, read_committed) up
 * to the end offsets found then and reports {@link SectionOverridesLoaded}; then it keeps following, so every instance
 * of enrich holds every decision. A record that is not an override is logged and skipped (the console validated it;
 * the re-emitting listener dead-letters it). After a Kafka failure it reconnects and goes on from the offsets it had
 * applied.
 */
public final class SectionOverrideFollower implements SmartLifecycle {

    /** Started before, and stopped after, the listener containers. */
    static final int PHASE = Integer.MAX_VALUE - 200;

    private static final Logger log = LoggerFactory.getLogger(SectionOverrideFollower.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration RETRY = Duration.ofSeconds(1);

    private final SectionOverrideTable table;
    private final Map<String, Object> consumerConfig;
    private final Consumer<SectionOverridesLoaded> onLoaded;
    private final Map<TopicPartition, Long> applied = new HashMap<>();

    private volatile boolean running;
    private volatile SectionOverridesLoaded loaded;
    private volatile long records;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    /**
     * @param table          the table to keep
     * @param consumerConfig Kafka consumer settings (bootstrap servers, security); {@code group.id} is dropped, offsets
     *                       are never committed, isolation is read_committed
     * @param onLoaded       called once, on the follower's thread, when the load is complete
     */
    public SectionOverrideFollower(SectionOverrideTable table, Map<String, Object> consumerConfig,
            Consumer<SectionOverridesLoaded> onLoaded) {
        this.table = table;
        this.consumerConfig = groupless(consumerConfig);
        this.onLoaded = onLoaded;
    }

    /** A copy of {@code base} for a consumer without a group: no commits, read_committed, from the beginning. */
    static Map<String, Object> groupless(Map<String, Object> base) {
        Map<String, Object> config = new HashMap<>(base);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        config.remove(ConsumerConfig.CLIENT_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return config;
    }

    /** The completed load, or null while it runs. */
    public SectionOverridesLoaded loaded() {
        return loaded;
    }

    /** Records read so far, tombstones included. */
    public long records() {
        return records;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "section-override-follower");
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
                    log.atError().addKeyValue("topic", Topics.ARTICLES_SECTION_OVERRIDES).setCause(e)
                            .log("section override follower failed; reconnecting");
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
        Map<TopicPartition, Long> end = loaded == null ? kafka.endOffsets(partitions) : Map.of();
        while (running) {
            ConsumerRecords<String, byte[]> batch = kafka.poll(POLL);
            for (ConsumerRecord<String, byte[]> record : batch) {
                apply(record);
                applied.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
            }
            records += batch.count();
            if (loaded == null && end.entrySet().stream()
                    .allMatch(partition -> kafka.position(partition.getKey()) >= partition.getValue())) {
                loaded = new SectionOverridesLoaded(table.size(), records,
                        Duration.ofNanos(System.nanoTime() - startNanos).toMillis());
                log.atInfo().addKeyValue("overrides", loaded.overrides()).addKeyValue("records", loaded.records())
                        .addKeyValue("elapsed_ms", loaded.elapsedMs())
                        .log("section overrides loaded from " + Topics.ARTICLES_SECTION_OVERRIDES);
                onLoaded.accept(loaded);
            }
        }
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        if (record.key() == null) {
            return;
        }
        if (record.value() == null) {
            table.remove(record.key(), record.offset());
            return;
        }
        try {
            SectionOverride override = SectionOverride.decode(record.value());
            if (override.uri().equals(record.key())) {
                table.put(override, record.offset());
                return;
            }
            log.atWarn().addKeyValue("uri", record.key()).addKeyValue("offset", record.offset())
                    .log("skipped a section override whose uri is not its key");
        } catch (ArticleFormatException e) {
            log.atWarn().addKeyValue("uri", record.key()).addKeyValue("partition", record.partition())
                    .addKeyValue("offset", record.offset()).addKeyValue("reason", e.getMessage())
                    .log("skipped a record of " + Topics.ARTICLES_SECTION_OVERRIDES + " that is not an override");
        }
    }

    private List<TopicPartition> awaitPartitions(KafkaConsumer<String, byte[]> kafka) {
        while (running) {
            var infos = kafka.partitionsFor(Topics.ARTICLES_SECTION_OVERRIDES);
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            }
            log.atInfo().addKeyValue("topic", Topics.ARTICLES_SECTION_OVERRIDES).log("waiting for the topic to exist");
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
