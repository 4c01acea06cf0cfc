package org.newsroom.publish.replay;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.get_alias.IndexAliases;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.newsroom.events.ArticleCodec;
import org.newsroom.events.ArticleFormatException;
import org.newsroom.events.Topics;
import org.newsroom.publish.index.ArticleDocument;
import org.newsroom.publish.index.ArticleIndex;
import org.newsroom.publish.index.BulkIndexer;
import org.newsroom.publish.index.IndexOutcome;
import org.newsroom.publish.kafka.DocumentRejectedException;
import org.newsroom.publish.kafka.EnrichedRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the site's index from {@code articles.enriched} with zero downtime:
 * <ol>
 *   <li>creates {@code articles-v<N+1>} from the index template, with refresh off and no replicas;</li>
 *   <li>replays the topic from the beginning with its own consumer group ({@code publish-reindex-articles-v<N+1>}),
 *       up to the end offsets seen at the start, through the same versioned {@link BulkIndexer} as the live path;</li>
 *   <li>puts the template's refresh and replica settings back, refreshes, and catches up with the live stream;</li>
 *   <li>swaps the alias {@value ArticleIndex#ALIAS} from {@code articles-v<N>} to the new index in one atomic
 *       {@code _aliases} call, then replays what arrived up to that moment (later records reach the new index through
 *       the live publisher, which writes to the alias);</li>
 *   <li>deletes the old index.</li>
 * </ol>
 * External versions make every overlap with the live publisher harmless. Documents Elasticsearch rejects go to
 * {@code articles.enriched.DLT}, as on the live path. If anything fails before the swap, the new index is deleted and
 * the site keeps the old one. Not thread-safe: run one at a time.
 */
@Component
public class Reindexer {

    /**
     * What a reindex did.
     *
     * @param from     the index the alias pointed to before
     * @param to       the index it points to now
     * @param records  records replayed
     * @param rejected records dead-lettered (rejected by Elasticsearch or not valid articles)
     * @param took     wall-clock time
     */
    public record Result(String from, String to, long records, long rejected, Duration took) {
    }

    private static final Logger log = LoggerFactory.getLogger(Reindexer.class);
    private static final Pattern VERSIONED = Pattern.compile("(.*-v)(\\d+)");
    private static final Duration POLL = Duration.ofMillis(500);

    private final ElasticsearchClient client;
    private final ArticleIndex index;
    private final BulkIndexer indexer;
    private final ConsumerFactory<Object, Object> consumers;
    private final DeadLetterPublishingRecoverer deadLetters;

    Reindexer(ElasticsearchClient client, ArticleIndex index, BulkIndexer indexer,
            ConsumerFactory<Object, Object> consumers, DeadLetterPublishingRecoverer deadLetters) {
        this.client = client;
        this.index = index;
        this.indexer = indexer;
        this.consumers = consumers;
        this.deadLetters = deadLetters;
    }

    /**
     * Runs the whole reindex.
     *
     * @param progress told of each step and of the replay's progress; may not be null
     * @return what was done
     * @throws IOException          when Elasticsearch cannot be reached (the site keeps the old index)
     * @throws InterruptedException when interrupted (the site keeps the old index)
     */
    public Result reindex(ReindexProgress progress) throws IOException, InterruptedException {
        long startedNs = System.nanoTime();
        index.ensureReady();
        String from = currentIndex();
        String to = nextIndex(from);
        if (client.indices().exists(e -> e.index(to)).value()) {
            progress.step("delete " + to + ", left over by an interrupted reindex");
            client.indices().delete(d -> d.index(to));
        }
        progress.step("create " + to + " (refresh off, no replicas)");
        client.indices().create(c -> c.index(to).withJson(new StringReader(
                "{\"settings\": {\"index\": {\"refresh_interval\": \"-1\", \"number_of_replicas\": 0,"
                        + " \"auto_expand_replicas\": \"false\"}}}")));
        Counts counts = new Counts();
        boolean swapped = false;
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (Consumer<Object, Object> consumer = consumers.createConsumer("publish-reindex-" + to, "reindex", null,
                overrides)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ARTICLES_ENRICHED).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);

            progress.step("load " + to + " from " + Topics.ARTICLES_ENRICHED);
            copy(consumer, to, counts, progress);

            progress.step("restore settings of " + to + " and refresh");
            Map<String, Object> settings = ArticleIndex.settingsAfterLoad();
            client.indices().putSettings(p -> p.index(to).withJson(new StringReader(
                    ArticleCodec.mapper().writeValueAsString(Map.of("index", settings)))));
            client.indices().refresh(r -> r.index(to));

            progress.step("catch up with the live stream");
            copy(consumer, to, counts, progress);

            progress.step("swap alias " + ArticleIndex.ALIAS + ": " + from + " -> " + to);
            client.indices().updateAliases(u -> u
                    .actions(a -> a.remove(r -> r.index(from).alias(ArticleIndex.ALIAS)))
                    .actions(a -> a.add(add -> add.index(to).alias(ArticleIndex.ALIAS).isWriteIndex(true))));
            swapped = true;

            progress.step("replay what arrived before the swap");
            copy(consumer, to, counts, progress);
        } catch (IOException | InterruptedException | RuntimeException e) {
            if (!swapped) {
                log.atWarn().addKeyValue("index", to).addKeyValue("reason", e.getMessage())
                        .log("reindex failed before the alias swap; deleting the new index");
                client.indices().delete(d -> d.index(to));
            }
            throw e;
        }
        progress.step("delete " + from);
        client.indices().delete(d -> d.index(from));
        Duration took = Duration.ofNanos(System.nanoTime() - startedNs);
        log.atInfo().addKeyValue("from", from).addKeyValue("to", to).addKeyValue("records", counts.records)
                .addKeyValue("rejected", counts.rejected).addKeyValue("took_ms", took.toMillis())
                .log("reindex done");
        return new Result(from, to, counts.records, counts.rejected, took);
    }

    /** The index behind the alias: its write index, or its only index. */
    private String currentIndex() throws IOException {
        Map<String, IndexAliases> indices = client.indices().getAlias(g -> g.name(ArticleIndex.ALIAS)).result();
        if (indices.size() == 1) {
            return indices.keySet().iterator().next();
        }
        return indices.entrySet().stream()
                .filter(e -> Boolean.TRUE.equals(e.getValue().aliases().get(ArticleIndex.ALIAS).isWriteIndex()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("alias " + ArticleIndex.ALIAS + " spans " + indices.keySet()
                        + " without a write index; fix the alias by hand before reindexing"));
    }

    /** {@code articles-v7} → {@code articles-v8}. */
    static String nextIndex(String current) {
        Matcher matcher = VERSIONED.matcher(current);
        if (!matcher.matches()) {
            throw new IllegalStateException("index " + current + " is not named <name>-v<N>");
        }
        return matcher.group(1) + (Long.parseLong(matcher.group(2)) + 1);
    }

    /** Replays every assigned partition up to its end offset as of now. */
    @SuppressWarnings("unchecked")
    private void copy(Consumer<Object, Object> consumer, String target, Counts counts, ReindexProgress progress)
            throws IOException, InterruptedException {
        Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
        Map<TopicPartition, Long> starts = new LinkedHashMap<>();
        ends.keySet().forEach(partition -> starts.put(partition, consumer.position(partition)));
        long total = ends.entrySet().stream().mapToLong(e -> Math.max(0, e.getValue() - starts.get(e.getKey()))).sum();
        progress.copied(0, total);
        while (behind(consumer, ends)) {
            ConsumerRecords<Object, Object> polled = consumer.poll(POLL);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>(polled.count());
            polled.forEach(record -> records.add((ConsumerRecord<String, byte[]>) (ConsumerRecord<?, ?>) record));
            write(target, records, counts);
            consumer.commitSync();
            long done = 0;
            for (var end : ends.entrySet()) {
                done += Math.min(end.getValue(), consumer.position(end.getKey())) - starts.get(end.getKey());
            }
            progress.copied(done, total);
        }
    }

    private static boolean behind(Consumer<?, ?> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue());
    }

    private void write(String target, List<ConsumerRecord<String, byte[]>> records, Counts counts)
            throws IOException, InterruptedException {
        List<ArticleDocument> documents = new ArrayList<>(records.size());
        List<ConsumerRecord<String, byte[]>> sources = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                documents.add(EnrichedRecords.document(record));
                sources.add(record);
            } catch (ArticleFormatException e) {
                deadLetter(record, e, counts);
            }
        }
        List<IndexOutcome> outcomes = indexer.write(target, documents);
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i) instanceof IndexOutcome.Rejected rejected) {
                deadLetter(sources.get(i), new DocumentRejectedException(rejected.errorType(), rejected.reason()),
                        counts);
            }
        }
        counts.records += records.size();
    }

    /** Writes the dead letter and waits for Kafka's ack; a failure fails the reindex (nothing is dropped). */
    private void deadLetter(ConsumerRecord<String, byte[]> record, RuntimeException reason, Counts counts) {
        deadLetters.accept(record, null, reason);
        counts.rejected++;
        log.atWarn().addKeyValue("uri", record.key()).addKeyValue("reason", reason.getMessage())
                .log("article dead-lettered during reindex");
    }

    private static final class Counts {
        long records;
        long rejected;
    }
}
