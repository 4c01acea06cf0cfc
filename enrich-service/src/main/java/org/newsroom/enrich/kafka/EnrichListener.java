package org.newsroom.enrich.kafka;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.newsroom.enrich.ArticleEnricher;
import org.newsroom.enrich.related.RelatedLinker;
import org.newsroom.events.Article;
import org.newsroom.events.ArticleCodec;
import org.newsroom.events.ArticleHeaders;
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
 * A record that cannot be enriched — not an article ({@link org.newsroom.events.ArticleFormatException}), or
 * enrichment failing on it, or its enriched form over {@link Topics#MAX_MESSAGE_BYTES} — goes to
 * {@code articles.ingested.DLT} in that same transaction, and the rest of the poll goes on: one bad record neither
 * fails nor delays its neighbours. Enrichment is computation in memory, so such a failure is the record's, not a
 * passing one: retrying it gives the same answer. What does fail the transaction (Kafka not taking the writes) rolls
 * the whole poll back, and {@link EnrichErrorHandling} redelivers it.
 *
 * <p>A kill passes through as an event (audit trail) followed by a tombstone, so compaction and replays never bring
 * the story back. Related links come last, from the index that follows {@code articles.enriched}; the container starts
 * only once that index is rebuilt ({@link EnrichListenerStarter}).
 */
@Component
class EnrichListener {

    /** The listener container's id. */
    static final String ID = "enrich";

    private static final Logger log = LoggerFactory.getLogger(EnrichListener.class);

    private final ArticleEnricher enricher;
    private final RelatedLinker linker;
    private final KafkaTemplate<String, byte[]> template;
    private final DeadLetterPublishingRecoverer deadLetters;

    EnrichListener(ArticleEnricher enricher, RelatedLinker linker, KafkaTemplate<String, byte[]> template,
            DeadLetterPublishingRecoverer deadLetters) {
        this.enricher = enricher;
        this.linker = linker;
        this.template = template;
        this.deadLetters = deadLetters;
    }

    @KafkaListener(id = ID, idIsGroup = false, topics = Topics.ARTICLES_INGESTED, autoStartup = "false",
            batch = "true")
    void onIngested(List<ConsumerRecord<String, byte[]>> records) {
        for (ConsumerRecord<String, byte[]> record : records) {
            Article article;
            Article out;
            byte[] value;
            try {
                article = ArticleCodec.decode(record.value());
                out = article.isKill() ? article : linker.link(enricher.enrich(article));
                value = ArticleCodec.encode(out);
                if (value.length > Topics.MAX_MESSAGE_BYTES) {
                    throw new IllegalArgumentException("enriched record of " + value.length + " bytes exceeds "
                            + Topics.MAX_MESSAGE_BYTES + " bytes");
                }
            } catch (RuntimeException e) {
                deadLetter(record, e);
                continue;
            }
            template.send(enriched(record, out.uri(), value));
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
