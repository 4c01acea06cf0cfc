package org.newsroom.publish.console.activity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.newsroom.events.ArticleHeaders;
import org.newsroom.events.Topics;
import org.newsroom.publish.console.ConsoleConsumers;
import org.newsroom.publish.console.ConsoleProperties;
import org.newsroom.publish.console.trace.StoryIndex;
import org.newsroom.publish.console.trace.StoryPosition;
import org.newsroom.metrics.ArticleTags;
import org.newsroom.metrics.MetricTags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Follows {@code articles.ingested}, {@code articles.enriched} and every {@code *.DLT} topic with a group-less
 * read_committed consumer, from {@code history} ago (by record timestamp) on, and turns each record into counts
 * (ingest and enrich throughput by record timestamp, per agency and per section, dead letters per topic) and story
 * positions for tracing. New topics and partitions are picked up every {@value #REFRESH_MS} ms. Runs on its own
 * thread between {@link #start()} and {@link #stop()}.
 */
@Component
class TopicFollower implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TopicFollower.class);
    static final long REFRESH_MS = 15_000;
    private static final String DEAD_LETTER_SUFFIX = Topics.deadLetter("");

    private final ConsoleConsumers consumers;
    private final ConsoleProperties properties;
    private final PipelineActivity activity;
    private final StoryIndex index;
    private volatile Thread thread;
    private volatile Consumer<String, byte[]> consumer;
    private volatile boolean running;

    TopicFollower(ConsoleConsumers consumers, ConsoleProperties properties, PipelineActivity activity,
            StoryIndex index) {
        this.consumers = consumers;
        this.properties = properties;
        this.activity = activity;
        this.index = index;
    }

    @Override
    public void start() {
        running = true;
        Thread follower = new Thread(this::run, "console-topic-follower");
        follower.setDaemon(true);
        follower.start();
        thread = follower;
    }

    @Override
    public void stop() {
        running = false;
        Consumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        Thread follower = thread;
        if (follower != null) {
            try {
                follower.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try (Consumer<String, byte[]> c = consumers.create("publish-console-follower")) {
                consumer = c;
                follow(c);
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                log.atWarn().addKeyValue("reason", e.getMessage()).log("topic follower failed; restarting in 5 s");
                try {
                    Thread.sleep(5_000);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private void follow(Consumer<String, byte[]> c) {
        Set<TopicPartition> assigned = new HashSet<>();
        long lastRefresh = 0;
        while (running) {
            if (System.currentTimeMillis() - lastRefresh > REFRESH_MS) {
                assign(c, assigned);
                lastRefresh = System.currentTimeMillis();
            }
            if (assigned.isEmpty()) {
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    return;
                }
                continue;
            }
            for (ConsumerRecord<String, byte[]> record : c.poll(Duration.ofMillis(500))) {
                handle(record);
            }
        }
    }

    private void assign(Consumer<String, byte[]> c, Set<TopicPartition> assigned) {
        Map<String, List<PartitionInfo>> topics = c.listTopics(Duration.ofSeconds(10));
        Set<TopicPartition> wanted = new HashSet<>();
        topics.forEach((topic, partitions) -> {
            if (followed(topic)) {
                partitions.forEach(p -> wanted.add(new TopicPartition(topic, p.partition())));
            }
        });
        if (wanted.equals(assigned)) {
            return;
        }
        Set<TopicPartition> added = new HashSet<>(wanted);
        added.removeAll(assigned);
        c.assign(wanted);
        long since = System.currentTimeMillis() - properties.history().toMillis();
        Map<TopicPartition, Long> query = new HashMap<>();
        added.forEach(tp -> query.put(tp, since));
        Map<TopicPartition, OffsetAndTimestamp> starts = c.offsetsForTimes(query, Duration.ofSeconds(10));
        for (TopicPartition tp : added) {
            OffsetAndTimestamp start = starts.get(tp);
            if (start == null) {
                c.seekToEnd(List.of(tp));
            } else {
                c.seek(tp, start.offset());
            }
        }
        assigned.clear();
        assigned.addAll(wanted);
        log.atInfo().addKeyValue("partitions", wanted.size()).log("console follows topics");
    }

    static boolean followed(String topic) {
        return topic.equals(Topics.ARTICLES_INGESTED) || topic.equals(Topics.ARTICLES_ENRICHED)
                || topic.endsWith(DEAD_LETTER_SUFFIX);
    }

    private void handle(ConsumerRecord<String, byte[]> record) {
        long at = record.timestamp();
        if (record.key() != null) {
            index.add(record.key(), new StoryPosition(record.topic(), record.partition(), record.offset(), at));
        }
        if (record.topic().endsWith(DEAD_LETTER_SUFFIX)) {
            activity.counts().add("stage:dead-letter", at, 1);
            activity.counts().add("dlt:" + record.topic(), at, 1);
            return;
        }
        if (record.value() == null) {
            return;
        }
        ArticleTags tags = ArticleTags.of(record.value());
        if (record.topic().equals(Topics.ARTICLES_INGESTED)) {
            activity.counts().add("stage:ingest", at, 1);
            Header header = record.headers().lastHeader(ArticleHeaders.AGENCY);
            String source = tags.source() != null || header == null ? tags.source()
                    : new String(header.value(), StandardCharsets.UTF_8);
            String agency = MetricTags.token(source);
            activity.agencyStory(agency, at);
        } else {
            activity.counts().add("stage:enrich", at, 1);
            activity.counts().add("section:" + tags.sectionTag(), at, 1);
        }
    }
}
