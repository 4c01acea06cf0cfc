package org.newsroom.enrich.kafka;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.newsroom.enrich.ArticleEnricher;
import org.newsroom.enrich.override.SectionOverrideTable;
import org.newsroom.enrich.related.RelatedLinker;
import org.newsroom.enrich.versions.EnrichedVersions;
import org.newsroom.events.Article;
import org.newsroom.events.ArticleCodec;
import org.newsroom.events.ArticleFormatException;
import org.newsroom.events.ArticleHeaders;
import org.newsroom.events.SectionOverride;
import org.newsroom.events.TraceParent;
import org.newsroom.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code articles.ingested} (read_committed) a poll at a time and writes {@code articles.enriched} in one
 * Kafka transaction per poll, together with the poll's offsets (read-process-write, exactly once between the topics).
 * A record that is not an article ({@link ArticleFormatException}), or whose enriched form exceeds
 * {@link Topics#MAX_MESSAGE_BYTES}, goes to {@code articles.ingested.DLT} in that same transaction and the rest of the
 * poll goes on. When enrichment throws on a record (it reads the related index, which changes, so a second attempt
 * may succeed) the listener rethrows: the poll's transaction rolls back and {@link EnrichErrorHandling} redelivers the
 * poll after {@code retry-interval}; a record that failed more than {@code retries} times is dead-lettered instead.
 * Kafka refusing the poll's writes rolls it back too, and it is redelivered until Kafka takes it.
 *
 * <p>A kill passes through as an event (audit trail) followed by a tombstone, so compaction and replays never bring
 * the story back. Related links come last, from the index that follows {@code articles.enriched}; the container starts
 * only once that index is rebuilt and the editors' section decisions are loaded ({@link EnrichListenerStarter}).
 * A version at or below one an editor decided on is not enriched again ({@link SectionOverrideTable#supersedes}):
 * the decided version is on the topic with the editor's section, and an older one would only displace it in the
 * compacted topic. Nor is a version older than one already on {@code articles.enriched}, or any version after a kill
 * ({@link EnrichedVersions}): the compacted topic's last record per URI is what a reindex and a rebuilt index take.
 */
@Component
class EnrichListener {

    /** The listener container's id. */
    static final String ID = "enrich";

    private static final Logger log = LoggerFactory.getLogger(EnrichListener.class);

    private final ArticleEnricher enricher;
    private final RelatedLinker linker;
    private final SectionOverrideTable overrides;
    private final EnrichedVersions versions;
    private final KafkaTemplate<String, byte[]> template;
    private final DeadLetterPublishingRecoverer deadLetters;
    private final EnrichKafkaProperties properties;
    private final RecordFailures failures = new RecordFailures();

    EnrichListener(ArticleEnricher enricher, RelatedLinker linker, SectionOverrideTable overrides,
            EnrichedVersions versions, KafkaTemplate<String, byte[]> template,
            DeadLetterPublishingRecoverer deadLetters, EnrichKafkaProperties properties) {
        this.enricher = enricher;
        this.linker = linker;
        this.overrides = overrides;
        this.versions = versions;
        this.template = template;
        this.deadLetters = deadLetters;
        this.properties = properties;
    }

    @KafkaListener(id = ID, idIsGroup = false, topics = Topics.ARTICLES_INGESTED, autoStartup = "false",
            batch = "true")
    void onIngested(List<ConsumerRecord<String, byte[]>> records) {
        for (ConsumerRecord<String, byte[]> record : records) {
            Article article;
            Article out;
            try {
                article = ArticleCodec.decode(record.value());
                if (staleOnTopic(record, article) || supersededByEditor(record, article)) {
                    continue;
                }
                out = article.isKill() ? article : linker.link(enricher.enrich(article));
            } catch (ArticleFormatException e) {
                deadLetter(record, e);
                continue;
            } catch (RuntimeException e) {
                if (failures.failedAgain(record) > properties.retries()) {
                    failures.forget(record);
                    deadLetter(record, e);
                    continue;
                }
                log.atWarn()
                        .addKeyValue("uri", record.key())
                        .addKeyValue("partition", record.partition())
                        .addKeyValue("offset", record.offset())
                        .addKeyValue("reason", e.getMessage())
                        .addKeyValue("trace_id", TraceParent.traceId(header(record, ArticleHeaders.TRACEPARENT)))
                        .log("enrichment failed; the poll is rolled back and redelivered");
                throw e;
            }
            failures.forget(record);
            byte[] value = ArticleCodec.encode(out);
            if (value.length > Topics.MAX_MESSAGE_BYTES) {
                deadLetter(record, new IllegalArgumentException("enriched record of " + value.length
                        + " bytes exceeds " + Topics.MAX_MESSAGE_BYTES + " bytes"));
                continue;
            }
            template.send(enriched(record, out.uri(), value));
            versions.saw(out);
            if (article.isKill()) {
                template.send(enriched(record, out.uri(), null));
            }
            log.atInfo()
                    .addKeyValue("uri", article.uri())
                    .addKeyValue("version", article.version())
                    .addKeyValue("pubstatus", article.pubstatus())
                    .addKeyValue("related", out.enrichment() == null ? 0 : out.enrichment().related().size())
                    .addKeyValue("duplicate_of", out.enrichment() == null ? null : out.enrichment().duplicateOf())
                    .addKeyValue("trace_id", TraceParent.traceId(header(record, ArticleHeaders.TRACEPARENT)))
                    .log(article.isKill() ? "kill passed through" : "article enriched");
        }
    }

    /** True (and logged) when articles.enriched already holds a newer version or a kill of the article's URI. */
    private boolean staleOnTopic(ConsumerRecord<String, byte[]> record, Article article) {
        if (!versions.isStale(article)) {
            return false;
        }
        log.atInfo()
                .addKeyValue("uri", article.uri())
                .addKeyValue("version", article.version())
                .addKeyValue("trace_id", TraceParent.traceId(header(record, ArticleHeaders.TRACEPARENT)))
                .log("article not enriched: articles.enriched already holds a newer version or a kill of it");
        return true;
    }

    /** True (and logged) when an editor decided on this or a later version of the article's URI. */
    private boolean supersededByEditor(ConsumerRecord<String, byte[]> record, Article article) {
        Optional<SectionOverride> decided = article.isKill() ? Optional.empty() : overrides.supersedes(article);
        decided.ifPresent(override -> log.atInfo()
                .addKeyValue("uri", article.uri())
                .addKeyValue("version", article.version())
                .addKeyValue("decided_version", override.version())
                .addKeyValue("trace_id", TraceParent.traceId(header(record, ArticleHeaders.TRACEPARENT)))
                .log("article not re-enriched: an editor decided on this or a later version"));
        return decided.isPresent();
    }

    /** Writes the record to the dead-letter topic in the poll's transaction (the recoverer waits for the send). */
    private void deadLetter(ConsumerRecord<String, byte[]> record, RuntimeException reason) {
        deadLetters.accept(record, reason);
        log.atWarn()
                .addKeyValue("uri", record.key())
                .addKeyValue("partition", record.partition())
                .addKeyValue("offset", record.offset())
                .addKeyValue("reason", reason.getMessage())
                .addKeyValue("trace_id", TraceParent.traceId(header(record, ArticleHeaders.TRACEPARENT)))
                .log("record dead-lettered");
    }

    private static ProducerRecord<String, byte[]> enriched(ConsumerRecord<String, byte[]> in, String key, byte[] value) {
        var out = new ProducerRecord<>(Topics.ARTICLES_ENRICHED, null, key, value);
        for (Header header : in.headers()) {
            if (!header.key().equals(ArticleHeaders.TRACEPARENT)) {
                out.headers().add(header);
            }
        }
        out.headers()
                .add(ArticleHeaders.TRACEPARENT, TraceParent.childOf(header(in, ArticleHeaders.TRACEPARENT))
                        .getBytes(StandardCharsets.US_ASCII))
                .add(ArticleHeaders.stageAt(EnrichErrorHandling.STAGE),
                        ArticleHeaders.encodeMillis(System.currentTimeMillis()));
        return out;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
