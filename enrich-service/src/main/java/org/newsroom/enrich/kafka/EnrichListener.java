package org.newsroom.enrich.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import java.util.Optional;
import org.newsroom.enrich.ArticleEnricher;
import org.newsroom.enrich.override.SectionOverrideTable;
import org.newsroom.enrich.related.RelatedLinker;
import org.newsroom.events.Article;
import org.newsroom.events.ArticleCodec;
import org.newsroom.events.ArticleHeaders;
import org.newsroom.events.SectionOverride;
import org.newsroom.events.TraceParent;
import org.newsroom.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code articles.ingested} (read_committed) and writes {@code articles.enriched} in the container's Kafka
 * transaction, together with the consumed offset. A kill passes through as an event (audit trail) followed by a
 * tombstone, so compaction and replays never bring the story back. Related links come last, from the index that
 * follows {@code articles.enriched}; the container starts only once that index is rebuilt and the editors' section
 * decisions are loaded ({@link EnrichListenerStarter}). A version at or below one an editor decided on is not
 * enriched again ({@link SectionOverrideTable#supersedes}): the decided version is on the topic with the editor's
 * section, and an older one would only displace it in the compacted topic.
 */
@Component
class EnrichListener {

    /** The listener container's id. */
    static final String ID = "enrich";

    private static final Logger log = LoggerFactory.getLogger(EnrichListener.class);

    private final ArticleEnricher enricher;
    private final RelatedLinker linker;
    private final SectionOverrideTable overrides;
    private final KafkaTemplate<String, byte[]> template;

    EnrichListener(ArticleEnricher enricher, RelatedLinker linker, SectionOverrideTable overrides,
            KafkaTemplate<String, byte[]> template) {
        this.enricher = enricher;
        this.linker = linker;
        this.overrides = overrides;
        this.template = template;
    }

    @KafkaListener(id = ID, idIsGroup = false, topics = Topics.ARTICLES_INGESTED, autoStartup = "false")
    void onIngested(ConsumerRecord<String, byte[]> record) {
        Article article = ArticleCodec.decode(record.value());
        Optional<SectionOverride> decided = article.isKill() ? Optional.empty() : overrides.supersedes(article);
        if (decided.isPresent()) {
            log.atInfo()
                    .addKeyValue("uri", article.uri())
                    .addKeyValue("version", article.version())
                    .addKeyValue("decided_version", decided.get().version())
                    .addKeyValue("trace_id", TraceParent.traceId(header(record, ArticleHeaders.TRACEPARENT)))
                    .log("article not re-enriched: an editor decided on this or a later version");
            return;
        }
        Article out = article.isKill() ? article : linker.link(enricher.enrich(article));
        template.send(enriched(record, out.uri(), ArticleCodec.encode(out)));
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
