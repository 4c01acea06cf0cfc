package org.newsroom.enrich.follow;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;

/**
 * Reads a topic into local state on a thread of its own: its own consumer without a group ({@code assign} +
 * {@code seekToBeginning}, read_committed, no commits), every record handed to the {@link Reader} in offset order per
 * partition. The poll that reaches the end offsets found at start is reported once as caught up; after that it keeps
 * following. It waits for the topic to exist, and after a Kafka failure it reconnects and goes on from the offsets it
 * had applied. A Spring {@link SmartLifecycle}: started before, and stopped after, the listener containers.
 */
public final class CompactedTopicFollower implements SmartLifecycle {

    /** What a follower does with the topic's records; called on the follower's thread only. */
    public interface Reader {

        /** Applies one record (a tombstone has a null value); exceptions stop the poll and reconnect. */
        void apply(ConsumerRecord<String, byte[]> record);

        /**
         * After each poll, once its records were applied; at the poll that caught up, before {@link #caughtUp}.
         *
         * @param records the records in this poll
         */
        default void afterPoll(int records) {
        }

        /**
         * Once, after the poll that reached the end offsets found at start: the local state is complete. The follower
         * already reports itself {@linkplain CompactedTopicFollower#caughtUp() caught up}.
         *
         * @param records   records read so far, tombstones included
         * @param elapsedMs time from {@link CompactedTopicFollower#start()} to now, in ms
         */
        void caughtUp(long records, long elapsedMs);
    }

    private static final int PHASE = AbstractMessageListenerContainer.DEFAULT_PHASE - 100;
    private static final Logger log = LoggerFactory.getLogger(CompactedTopicFollower.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration RETRY = Duration.ofSeconds(1);

    private final String topic;
    private final String threadName;
    private final Map<String, Object> consumerConfig;
    private final Reader reader;
    private final Map<TopicPartition, Long> applied = new HashMap<>();

    private volatile boolean running;
    private volatile boolean caughtUp;
    private volatile long records;
    private volatile long catchUpMs;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private long startNanos;
    private Thread thread;

    /**
     * @param topic          the topic to follow, all of its partitions
     * @param threadName     the follower thread's name
     * @param consumerConfig Kafka consumer settings (bootstrap servers, security, {@code max.poll.records});
     *                       {@code group.id} is dropped, offsets are never committed, isolation is read_committed
     * @param reader         what to do with the records
     */
    public CompactedTopicFollower(String topic, String threadName, Map<String, Object> consumerConfig, Reader reader) {
        this.topic = topic;
        this.threadName = threadName;
        this.consumerConfig = groupless(consumerConfig);
        this.reader = reader;
    }

    /** A copy of {@code base} for a consumer without a group: no commits, read_committed, from the beginning. */
    public static Map<String, Object> groupless(Map<String, Object> base) {
        Map<String, Object> config = new HashMap<>(base);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        config.remove(ConsumerConfig.CLIENT_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return config;
    }

    /** Whether the follower has caught up with the end offsets found at start. */
    public boolean caughtUp() {
        return caughtUp;
    }

    /** Records read so far, tombstones included. */
    public long records() {
        return records;
    }

    /** Time from {@link #start()} to caught up, in ms; 0 until {@link #caughtUp()}. */
    public long catchUpMs() {
        return catchUpMs;
    }

    /** Starts the follower thread; does nothing when running. */
    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        startNanos = System.nanoTime();
        thread = new Thread(this::run, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops the follower thread, waiting up to 10 s for it; does nothing when stopped. */
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

    /** Whether the follower thread runs. */
    @Override
    public boolean isRunning() {
        return running;
    }

    /** {@code AbstractMessageListenerContainer.DEFAULT_PHASE - 100}: started before, and stopped after, the listeners. */
    @Override
    public int getPhase() {
        return PHASE;
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(consumerConfig, new StringDeserializer(),
                    new ByteArrayDeserializer())) {
                consumer = kafka;
                follow(kafka);
            } catch (WakeupException e) {
                // stop() was called
            } catch (RuntimeException e) {
                if (running) {
                    log.atError().addKeyValue("topic", topic).setCause(e).log(threadName + " failed; reconnecting");
                    pause(RETRY);
                }
            } finally {
                consumer = null;
            }
        }
    }

    private void follow(KafkaConsumer<String, byte[]> kafka) {
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
        Map<TopicPartition, Long> end = caughtUp ? Map.of() : kafka.endOffsets(partitions);
        while (running) {
            ConsumerRecords<String, byte[]> batch = kafka.poll(POLL);
            for (ConsumerRecord<String, byte[]> record : batch) {
                reader.apply(record);
                applied.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
            }
            records += batch.count();
            reader.afterPoll(batch.count());
            if (!caughtUp && end.entrySet().stream()
                    .allMatch(partition -> kafka.position(partition.getKey()) >= partition.getValue())) {
                catchUpMs = Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
                caughtUp = true;
                reader.caughtUp(records, catchUpMs);
            }
        }
    }

    private List<TopicPartition> awaitPartitions(KafkaConsumer<String, byte[]> kafka) {
        while (running) {
            var infos = kafka.partitionsFor(topic);
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            }
            log.atInfo().addKeyValue("topic", topic).log("waiting for the topic to exist");
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
