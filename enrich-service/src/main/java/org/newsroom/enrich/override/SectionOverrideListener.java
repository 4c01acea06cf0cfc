package org.newsroom.enrich.override;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.newsroom.events.Article;
import org.newsroom.events.ArticleCodec;
import org.newsroom.events.ArticleFormatException;
import org.newsroom.events.ArticleHeaders;
import org.newsroom.events.Enrichment;
import org.newsroom.events.SectionDecision;
import org.newsroom.events.SectionOverride;
import org.newsroom.events.Topics;
import org.newsroom.events.TraceParent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * Brings an editor's decision to the version already published: consumes {@code articles.section-overrides} in the
 * consumer group {@value #GROUP} (so one instance handles each override), puts it into this instance's
 * {@link SectionOverrideTable} at once, finds the URI's current {@code articles.enriched} record
 * ({@link EnrichedRecordLookup}) and re-emits it with the editor's section ({@link EditorSectionRule}) as revision
 * {@code max(the editor's document's, the topic's) + 1} of the same version, in the container's Kafka transaction
 * with the override's offset. Publish writes it over the document (its external version is version × 1000 +
 * revision), so the change reaches the site through the normal path. Nothing is re-emitted when the URI is killed or
 * unknown, or its current record already carries the decision. An override that is not valid JSON goes to
 * {@code articles.section-overrides.DLT} in the same transaction (enrich's dead-letter recoverer), so it never stalls
 * the partition; any other failure rolls the transaction back and the record is redelivered.
 */
class SectionOverrideListener {

    /** The listener container's id. */
    static final String ID = "section-overrides";

    /** The consumer group of the re-emitting listener. */
    static final String GROUP = "enrich-service-section-overrides";

    private static final Logger log = LoggerFactory.getLogger(SectionOverrideListener.class);
    private static final String STAGE = "enrich";

    private final SectionOverrideTable table;
    private final EnrichedRecordLookup lookup;
    private final KafkaTemplate<String, byte[]> template;
    private final DeadLetterPublishingRecoverer deadLetters;
    private final Clock clock;

    SectionOverrideListener(SectionOverrideTable table, EnrichedRecordLookup lookup,
            KafkaTemplate<String, byte[]> template, DeadLetterPublishingRecoverer deadLetters, Clock clock) {
        this.table = table;
        this.lookup = lookup;
        this.template = template;
        this.deadLetters = deadLetters;
        this.clock = clock;
    }

    @KafkaListener(id = ID, groupId = GROUP, topics = Topics.ARTICLES_SECTION_OVERRIDES, autoStartup = "false")
    void onOverride(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            if (record.key() != null) {
                table.remove(record.key(), record.offset());
            }
            return;
        }
        SectionOverride override;
        try {
            override = SectionOverride.decode(record.value());
        } catch (ArticleFormatException e) {
            deadLetters.accept(record, e);
            log.atWarn().addKeyValue("uri", record.key())
                    .addKeyValue("override", record.topic() + "/" + record.partition() + "/" + record.offset())
                    .addKeyValue("reason", e.getMessage()).log("section override dead-lettered");
            return;
        }
        table.put(override, record.offset());
        String position = record.topic() + "/" + record.partition() + "/" + record.offset();
        Optional<CurrentRecord> found = lookup.current(override.uri(), override.enrichedPartition(),
                override.enrichedOffset());
        if (found.isEmpty()) {
            log.atInfo().addKeyValue("uri", override.uri()).addKeyValue("override", position)
                    .log("section override kept for later versions; nothing to re-emit (unknown or killed uri)");
            return;
        }
        CurrentRecord current = found.get();
        Article article = current.article();
        Enrichment enrichment = article.enrichment();
        SectionDecision decision = EditorSectionRule.decide(enrichment.section(), article.version(), override);
        if (decision == null || decision.equals(enrichment.section())) {
            log.atInfo().addKeyValue("uri", override.uri()).addKeyValue("version", article.version())
                    .addKeyValue("override", position).log("section override already applied or not applicable");
            return;
        }
        int floor = article.version() == override.version() ? override.revision() : 0;
        int revision = Math.max(floor, current.maxRevision()) + 1;
        if (revision > Enrichment.MAX_REVISION) {
            log.atError().addKeyValue("uri", override.uri()).addKeyValue("version", article.version())
                    .addKeyValue("override", position)
                    .log("section override not re-emitted: the version has had " + Enrichment.MAX_REVISION
                            + " revisions; later versions get it");
            return;
        }
        Article revised = article.withEnrichment(enrichment.revised(decision, revision, clock.instant()));
        template.send(reemitted(current.record(), revised, position));
        log.atInfo()
                .addKeyValue("uri", override.uri())
                .addKeyValue("version", article.version())
                .addKeyValue("revision", revision)
                .addKeyValue("section", decision.name())
                .addKeyValue("previous", enrichment.section() == null ? null : enrichment.section().name())
                .addKeyValue("editor", override.editor())
                .addKeyValue("override", position)
                .addKeyValue("trace_id", TraceParent.traceId(header(current.record(), ArticleHeaders.TRACEPARENT)))
                .log("article re-emitted with the editor's section");
    }

    private ProducerRecord<String, byte[]> reemitted(ConsumerRecord<String, byte[]> current, Article revised,
            String position) {
        var out = new ProducerRecord<>(Topics.ARTICLES_ENRICHED, null, revised.uri(), ArticleCodec.encode(revised));
        String stageAt = ArticleHeaders.stageAt(STAGE);
        for (Header header : current.headers()) {
            String key = header.key();
            if (!key.equals(ArticleHeaders.TRACEPARENT) && !key.equals(stageAt)
                    && !key.equals(ArticleHeaders.SECTION_OVERRIDE)) {
                out.headers().add(header);
            }
        }
        out.headers()
                .add(ArticleHeaders.TRACEPARENT, TraceParent.childOf(header(current, ArticleHeaders.TRACEPARENT))
                        .getBytes(StandardCharsets.US_ASCII))
                .add(stageAt, ArticleHeaders.encodeMillis(clock.millis()))
                .add(ArticleHeaders.SECTION_OVERRIDE, position.getBytes(StandardCharsets.UTF_8));
        return out;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
