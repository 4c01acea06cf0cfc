package org.newsroom.publish.console.trace;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.GetResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.newsroom.events.Article;
import org.newsroom.events.ArticleCodec;
import org.newsroom.events.ArticleFormatException;
import org.newsroom.events.ArticleHeaders;
import org.newsroom.events.Enrichment;
import org.newsroom.events.Topics;
import org.newsroom.publish.console.ConsoleConsumers;
import org.newsroom.publish.console.ReusableConsumer;
import org.springframework.beans.factory.DisposableBean;
import org.newsroom.publish.index.ArticleIndex;
import org.springframework.stereotype.Component;

/**
 * Answers "where is my story": finds the URI's records through {@link StoryIndex}, reads each one back from Kafka,
 * and the document from Elasticsearch. Thread-safe.
 */
@Component
public class StoryTrace implements DisposableBean {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    private static final List<String> DOCUMENT_FIELDS = List.of("version", "pubstatus", "killed", "headline",
            "section", "language", "needs_review", "received_at", "enriched_at", "source", "format");

    private final StoryIndex index;
    private final ReusableConsumer reader;
    private final ElasticsearchClient elasticsearch;

    StoryTrace(StoryIndex index, ConsoleConsumers consumers, ElasticsearchClient elasticsearch) {
        this.index = index;
        this.reader = new ReusableConsumer(consumers, "publish-console-trace");
        this.elasticsearch = elasticsearch;
    }

    /**
     * @param uri the article URI
     * @throws IOException when Elasticsearch cannot be reached
     */
    public StoryTraceView trace(String uri) throws IOException {
        List<StageRecord> records = new ArrayList<>();
        List<StoryPosition> positions = index.positions(uri);
        if (!positions.isEmpty()) {
            reader.with(consumer -> {
                for (StoryPosition position : positions) {
                    read(consumer, position).filter(r -> uri.equals(r.key())).map(StoryTrace::stageRecord)
                            .ifPresent(records::add);
                }
                return records;
            });
        }
        records.sort(Comparator.comparingLong(StageRecord::timestampMs));
        Map<String, Object> document = document(uri);
        return new StoryTraceView(uri, whereNow(records, document), records, document);
    }

    @Override
    public void destroy() {
        reader.close();
    }

    private Map<String, Object> document(String uri) throws IOException {
        @SuppressWarnings("rawtypes")
        GetResponse<Map> response;
        try {
            response = elasticsearch.get(g -> g.index(ArticleIndex.ALIAS).id(uri), Map.class);
        } catch (ElasticsearchException e) {
            if (e.status() == 404 || "index_not_found_exception".equals(e.error().type())) {
                return null;
            }
            throw e;
        }
        if (!response.found() || response.source() == null) {
            return null;
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        for (String field : DOCUMENT_FIELDS) {
            Object value = response.source().get(field);
            if (value != null) {
                summary.put(field, value);
            }
        }
        summary.put("index", response.index());
        return summary;
    }

    static String whereNow(List<StageRecord> records, Map<String, Object> document) {
        long ingested = maxVersion(records, "ingest");
        if (document != null && Boolean.TRUE.equals(document.get("killed"))) {
            return "killed: taken off the site for good";
        }
        StageRecord lastDead = records.stream().filter(r -> r.stage().equals("dead-letter"))
                .reduce((a, b) -> b).orElse(null);
        if (document != null) {
            long indexed = ((Number) document.getOrDefault("version", -1)).longValue();
            return indexed >= ingested ? "indexed: version " + indexed + " is on the site"
                    : "indexed: version " + indexed + " is on the site, version " + ingested + " still in flight";
        }
        if (lastDead != null) {
            return "dead-lettered by " + lastDead.decisions().getOrDefault("stage", "a stage") + " on "
                    + lastDead.topic() + ": " + lastDead.decisions().getOrDefault("reason", "no reason given");
        }
        if (maxVersion(records, "enrich") >= 0) {
            return "enriched, waiting for publish";
        }
        if (ingested >= 0) {
            return "ingested, waiting for enrich";
        }
        return "not seen: no record of this URI on the pipeline topics within the console's history";
    }

    private static long maxVersion(List<StageRecord> records, String stage) {
        return records.stream().filter(r -> r.stage().equals(stage)).mapToLong(StageRecord::version).max().orElse(-1);
    }

    private static Optional<ConsumerRecord<String, byte[]>> read(Consumer<String, byte[]> consumer,
            StoryPosition position) {
        TopicPartition tp = new TopicPartition(position.topic(), position.partition());
        consumer.assign(List.of(tp));
        consumer.seek(tp, position.offset());
        long deadline = System.currentTimeMillis() + READ_TIMEOUT.toMillis();
        while (System.currentTimeMillis() < deadline) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                if (record.offset() >= position.offset()) {
                    return record.offset() == position.offset() ? Optional.of(record) : Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static StageRecord stageRecord(ConsumerRecord<String, byte[]> record) {
        String stage = record.topic().equals(Topics.ARTICLES_INGESTED) ? "ingest"
                : record.topic().equals(Topics.ARTICLES_ENRICHED) ? "enrich" : "dead-letter";
        Map<String, Long> times = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            if (header.key().startsWith("newsroom-") && header.key().endsWith("-at")) {
                times.put(header.key(), ArticleHeaders.decodeMillis(header.value()));
            }
        }
        Map<String, Object> decisions = new LinkedHashMap<>();
        long version = -1;
        String pubstatus = null;
        if (stage.equals("dead-letter")) {
            decisions.put("reason", text(record, ArticleHeaders.DLT_REASON));
            decisions.put("stage", text(record, ArticleHeaders.DLT_STAGE));
        }
        if (record.value() == null) {
            decisions.put("tombstone", true);
        } else {
            try {
                Article article = ArticleCodec.decode(record.value());
                version = article.version();
                pubstatus = article.pubstatus().name().toLowerCase(Locale.ROOT);
                decisions.put("agency", article.source());
                decisions.put("format", article.format());
                decisions.put("headline", article.headline());
                Enrichment enrichment = article.enrichment();
                if (enrichment != null) {
                    decisions.put("language", enrichment.language());
                    decisions.put("section", enrichment.section());
                    decisions.put("keywords", enrichment.keywords());
                    decisions.put("related", enrichment.related());
                    decisions.put("boilerplate_removed", enrichment.boilerplateRemoved());
                }
            } catch (ArticleFormatException e) {
                decisions.put("undecodable", e.getMessage());
            }
        }
        decisions.values().removeIf(value -> value == null);
        return new StageRecord(stage, record.topic(), record.partition(), record.offset(), record.timestamp(),
                version, pubstatus, times, decisions);
    }

    private static String text(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
