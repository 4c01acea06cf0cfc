package org.newsroom.enrich.related;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.newsroom.enrich.follow.CompactedTopicFollower;
import org.newsroom.enrich.versions.EnrichedVersions;
import org.newsroom.events.Article;
import org.newsroom.events.ArticleCodec;
import org.newsroom.events.ArticleFormatException;
import org.newsroom.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@link RelatedIndex} equal to {@code articles.enriched}, the source of truth, as the reader of a
 * {@link CompactedTopicFollower} ({@link #follower}): once the follower has read the compacted topic from the beginning
 * up to the end offsets found at start, it refreshes the index and reports {@link RelatedIndexRebuilt}; then it keeps
 * applying what the follower reads, so every instance of enrich holds the same index. A usable article is indexed
 * (replacing its earlier version, and any this instance {@linkplain RelatedIndex#writeThrough wrote through});
 * refreshes come at most once per {@link #REFRESH_EVERY}; a kill, a withheld version or a tombstone removes the URI;
 * articles older than the window are evicted once an hour. Every article and kill read is also told to
 * {@link EnrichedVersions}. A record that is not an article is logged and skipped (the topic is enrich's own output;
 * its dead letters were handled upstream).
 */
public final class RelatedIndexFollower implements CompactedTopicFollower.Reader {

    private static final Logger log = LoggerFactory.getLogger(RelatedIndexFollower.class);
    private static final Duration EVICT_EVERY = Duration.ofHours(1);
    /**
     * The least time between two refreshes once rebuilt: a reopen flushes a new segment, and one per poll (often one
     * article) kept Lucene merging tiny segments. This instance's own articles are linkable at once anyway
     * ({@link RelatedIndex#writeThrough}); a kill leaves the links at once (its entry goes before the refresh).
     */
    static final Duration REFRESH_EVERY = Duration.ofSeconds(1);

    private final RelatedIndex index;
    private final EnrichedVersions versions;
    private final RelatedProperties properties;
    private final Clock clock;
    private final Consumer<RelatedIndexRebuilt> onRebuilt;

    private volatile RelatedIndexRebuilt rebuilt;
    private Instant lastEviction = Instant.EPOCH;
    private boolean unrefreshed;
    private long lastRefreshNanos;

    /**
     * @param index      the index to keep
     * @param versions   told of every article and kill read
     * @param properties the window, for eviction
     * @param clock      what "now" is for eviction
     * @param onRebuilt  called once, on the follower's thread, when the rebuild is complete
     */
    public RelatedIndexFollower(RelatedIndex index, EnrichedVersions versions, RelatedProperties properties,
            Clock clock, Consumer<RelatedIndexRebuilt> onRebuilt) {
        this.index = index;
        this.versions = versions;
        this.properties = properties;
        this.clock = clock;
        this.onRebuilt = onRebuilt;
    }

    /**
     * A follower of {@code articles.enriched} (thread {@code related-index-follower}, up to 2000 records a poll) that
     * hands its records to this reader; make one per reader.
     *
     * @param consumerConfig Kafka consumer settings (bootstrap servers, security); {@code group.id} is dropped, offsets
     *                       are never committed, isolation is read_committed
     */
    public CompactedTopicFollower follower(Map<String, Object> consumerConfig) {
        Map<String, Object> config = new HashMap<>(consumerConfig);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        return new CompactedTopicFollower(Topics.ARTICLES_ENRICHED, "related-index-follower", config, this);
    }

    /** The completed rebuild, or null while it runs. */
    public RelatedIndexRebuilt rebuilt() {
        return rebuilt;
    }

    @Override
    public void apply(ConsumerRecord<String, byte[]> record) {
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

    @Override
    public void afterPoll(int records) {
        if (rebuilt == null) {
            return;
        }
        unrefreshed |= evictIfDue() | records > 0;
        if (unrefreshed && System.nanoTime() - lastRefreshNanos >= REFRESH_EVERY.toNanos()) {
            refresh();
        }
    }

    @Override
    public void caughtUp(long records, long elapsedMs) {
        evictIfDue();
        refresh();
        rebuilt = new RelatedIndexRebuilt(index.size(), records, elapsedMs);
        log.atInfo().addKeyValue("articles", rebuilt.articles()).addKeyValue("records", rebuilt.records())
                .addKeyValue("elapsed_ms", rebuilt.elapsedMs())
                .log("related index rebuilt from " + Topics.ARTICLES_ENRICHED);
        onRebuilt.accept(rebuilt);
    }

    private void refresh() {
        index.refresh();
        unrefreshed = false;
        lastRefreshNanos = System.nanoTime();
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
}
