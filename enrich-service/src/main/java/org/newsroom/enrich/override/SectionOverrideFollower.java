package org.newsroom.enrich.override;

import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.newsroom.enrich.follow.CompactedTopicFollower;
import org.newsroom.events.ArticleFormatException;
import org.newsroom.events.SectionOverride;
import org.newsroom.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@link SectionOverrideTable} equal to {@code articles.section-overrides}, as the reader of a
 * {@link CompactedTopicFollower} ({@link #follower}): once the follower has read the compacted topic from the beginning
 * up to the end offsets found at start, it reports {@link SectionOverridesLoaded}; then it keeps applying what the
 * follower reads, so every instance of enrich holds every decision. A record that is not an override is logged and
 * skipped (the console validated it; the re-emitting listener dead-letters it).
 */
public final class SectionOverrideFollower implements CompactedTopicFollower.Reader {

    private static final Logger log = LoggerFactory.getLogger(SectionOverrideFollower.class);

    private final SectionOverrideTable table;
    private final Consumer<SectionOverridesLoaded> onLoaded;

    /**
     * @param table    the table to keep
     * @param onLoaded called once, on the follower's thread, when the load is complete
     */
    public SectionOverrideFollower(SectionOverrideTable table, Consumer<SectionOverridesLoaded> onLoaded) {
        this.table = table;
        this.onLoaded = onLoaded;
    }

    /**
     * A follower of {@code articles.section-overrides} (thread {@code section-override-follower}) that hands its
     * records to this reader; make one per reader.
     *
     * @param consumerConfig Kafka consumer settings (bootstrap servers, security); {@code group.id} is dropped, offsets
     *                       are never committed, isolation is read_committed
     */
    public CompactedTopicFollower follower(Map<String, Object> consumerConfig) {
        return new CompactedTopicFollower(Topics.ARTICLES_SECTION_OVERRIDES, "section-override-follower",
                consumerConfig, this);
    }

    @Override
    public void apply(ConsumerRecord<String, byte[]> record) {
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

    @Override
    public void caughtUp(long records, long elapsedMs) {
        SectionOverridesLoaded loaded = new SectionOverridesLoaded(table.size(), records, elapsedMs);
        log.atInfo().addKeyValue("overrides", loaded.overrides()).addKeyValue("records", loaded.records())
                .addKeyValue("elapsed_ms", loaded.elapsedMs())
                .log("section overrides loaded from " + Topics.ARTICLES_SECTION_OVERRIDES);
        onLoaded.accept(loaded);
    }
}
