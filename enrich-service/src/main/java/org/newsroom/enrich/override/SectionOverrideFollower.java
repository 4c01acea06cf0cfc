package org.newsroom.enrich.override;

import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.newsroom.enrich.follow.CompactedTopicFollower;
import org.newsroom.events.ArticleFormatException;
import org.newsroom.events.SectionOverride;
import org.newsroom.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Keeps the {@link SectionOverrideTable} equal to {@code articles.section-overrides}: at start it reads the compacted
 * topic from the beginning ({@link CompactedTopicFollower}) up to the end offsets found then and reports
 * {@link SectionOverridesLoaded}; then it keeps following, so every instance of enrich holds every decision. A record
 * that is not an override is logged and skipped (the console validated it; the re-emitting listener dead-letters it).
 */
public final class SectionOverrideFollower implements SmartLifecycle {

    /** Started before, and stopped after, the listener containers. */
    static final int PHASE = Integer.MAX_VALUE - 200;

    private static final Logger log = LoggerFactory.getLogger(SectionOverrideFollower.class);

    private final SectionOverrideTable table;
    private final Consumer<SectionOverridesLoaded> onLoaded;
    private final CompactedTopicFollower follower;

    private volatile SectionOverridesLoaded loaded;
    private long startNanos;

    /**
     * @param table          the table to keep
     * @param consumerConfig Kafka consumer settings (bootstrap servers, security); {@code group.id} is dropped, offsets
     *                       are never committed, isolation is read_committed
     * @param onLoaded       called once, on the follower's thread, when the load is complete
     */
    public SectionOverrideFollower(SectionOverrideTable table, Map<String, Object> consumerConfig,
            Consumer<SectionOverridesLoaded> onLoaded) {
        this.table = table;
        this.onLoaded = onLoaded;
        this.follower = new CompactedTopicFollower(Topics.ARTICLES_SECTION_OVERRIDES, "section-override-follower",
                consumerConfig, new CompactedTopicFollower.Reader() {
                    @Override
                    public void apply(ConsumerRecord<String, byte[]> record) {
                        applyRecord(record);
                    }

                    @Override
                    public void afterPoll(int records, boolean caughtUp) {
                        if (caughtUp) {
                            reportLoaded();
                        }
                    }
                });
    }

    /** The completed load, or null while it runs. */
    public SectionOverridesLoaded loaded() {
        return loaded;
    }

    /** Records read so far, tombstones included. */
    public long records() {
        return follower.records();
    }

    @Override
    public void start() {
        startNanos = System.nanoTime();
        follower.start();
    }

    @Override
    public void stop() {
        follower.stop();
    }

    @Override
    public boolean isRunning() {
        return follower.isRunning();
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    private void reportLoaded() {
        loaded = new SectionOverridesLoaded(table.size(), follower.records(),
                Duration.ofNanos(System.nanoTime() - startNanos).toMillis());
        log.atInfo().addKeyValue("overrides", loaded.overrides()).addKeyValue("records", loaded.records())
                .addKeyValue("elapsed_ms", loaded.elapsedMs())
                .log("section overrides loaded from " + Topics.ARTICLES_SECTION_OVERRIDES);
        onLoaded.accept(loaded);
    }

    private void applyRecord(ConsumerRecord<String, byte[]> record) {
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
}
