package org.newsroom.publish.console.review;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.newsroom.events.ArticleFormatException;
import org.newsroom.events.SectionOverride;
import org.newsroom.events.Topics;
import org.newsroom.publish.console.ConsoleConsumers;
import org.newsroom.publish.console.ConsoleProperties;
import org.newsroom.publish.console.ReusableConsumer;
import org.newsroom.publish.console.deadletter.AuditEntry;
import org.newsroom.publish.console.deadletter.AuditTrail;
import org.newsroom.publish.index.ArticleIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Editors' section decisions. A decision reads the published document (a real-time get: the version, revision,
 * section and {@code articles.enriched} position the editor saw), then writes the {@link SectionOverride} to
 * {@value Topics#ARTICLES_SECTION_OVERRIDES} and its audit entry to the audit topic in one Kafka transaction, so
 * neither exists without the other. Enrich applies the override; publish never writes the document itself. Thread-safe.
 */
@Component
public class SectionOverrides implements DisposableBean {

    /** The audit action of a decision. */
    public static final String ACTION = "section-override";

    private static final Logger log = LoggerFactory.getLogger(SectionOverrides.class);
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(10);
    private static final int READ_LIMIT = 1_000;

    private final ElasticsearchClient client;
    private final AuditTrail audit;
    private final ConsoleProperties properties;
    private final ReusableConsumer reader;

    SectionOverrides(ElasticsearchClient client, AuditTrail audit, ConsoleConsumers consumers,
            ConsoleProperties properties) {
        this.client = client;
        this.audit = audit;
        this.properties = properties;
        this.reader = new ReusableConsumer(consumers, "publish-console-overrides");
    }

    /**
     * Confirms ({@code section} equal to the current one) or changes the section of a published article.
     *
     * @param uri     the article URI
     * @param section one of {@link ConsoleProperties#sections()}
     * @param editor  who decides
     * @return the audit entry; its {@code target} is the override's position
     * @throws IllegalArgumentException when the URI is blank or the section is not one of the sections
     * @throws NoSuchElementException   when no live article has that URI in the index
     * @throws IOException              when Elasticsearch cannot be reached
     * @throws IllegalStateException    when Kafka did not take the transaction (nothing was written)
     */
    public AuditEntry decide(String uri, String section, String editor) throws IOException {
        if (uri == null || uri.isBlank()) {
            throw new IllegalArgumentException("uri must not be blank");
        }
        String chosen = section == null ? null : section.strip();
        if (chosen == null || !properties.sections().contains(chosen)) {
            throw new IllegalArgumentException("section must be one of " + properties.sections() + ", was "
                    + (section == null ? "missing" : "'" + section + "'"));
        }
        Map<?, ?> document = published(uri);
        String previous = document.get("section") instanceof String s ? s : null;
        Integer partition = document.get("enriched_partition") instanceof Number n ? n.intValue() : null;
        Long offset = document.get("enriched_offset") instanceof Number n ? n.longValue() : null;
        SectionOverride override = new SectionOverride(uri, number(document.get("version")),
                (int) number(document.get("revision")), chosen, editor, Instant.now(), previous, partition, offset);
        String source = partition == null || offset == null ? uri
                : Topics.ARTICLES_ENRICHED + "/" + partition + "/" + offset;
        String detail = (chosen.equals(previous) ? "section " + chosen + " confirmed"
                : "section " + previous + " → " + chosen) + " (version " + override.version() + ")";
        return audit.recordAtomically(operations -> {
            RecordMetadata written = AuditTrail.await(operations.send(new ProducerRecord<>(
                    Topics.ARTICLES_SECTION_OVERRIDES, uri, override.encode())));
            return new AuditEntry(override.at(), editor, ACTION, source, uri,
                    written.topic() + "/" + written.partition() + "/" + written.offset(), detail);
        });
    }

    /**
     * The decisions on the override topic, newest first: the latest per URI, and earlier ones compaction has not yet
     * removed (the audit topic keeps every decision for good).
     *
     * @param limit at most this many (1–{@value #READ_LIMIT})
     */
    public List<SectionOverride> recent(int limit) {
        int wanted = Math.max(1, Math.min(limit, READ_LIMIT));
        List<SectionOverride> overrides = reader.with(consumer -> {
            List<SectionOverride> found = new ArrayList<>();
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ARTICLES_SECTION_OVERRIDES,
                    CLIENT_TIMEOUT).stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            if (partitions.isEmpty()) {
                return found;
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, CLIENT_TIMEOUT);
            Map<TopicPartition, Long> starts = consumer.beginningOffsets(partitions, CLIENT_TIMEOUT);
            for (TopicPartition tp : partitions) {
                consumer.seek(tp, Math.max(starts.get(tp), ends.get(tp) - wanted));
            }
            long deadline = System.currentTimeMillis() + CLIENT_TIMEOUT.toMillis();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))
                    && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.value() == null) {
                        continue;
                    }
                    try {
                        found.add(SectionOverride.decode(record.value()));
                    } catch (ArticleFormatException e) {
                        log.atWarn().addKeyValue("uri", record.key()).addKeyValue("offset", record.offset())
                                .addKeyValue("reason", e.getMessage()).log("skipped a record that is not an override");
                    }
                }
            }
            return found;
        });
        overrides.sort(Comparator.comparing(SectionOverride::at).reversed());
        return overrides.size() > wanted ? List.copyOf(overrides.subList(0, wanted)) : overrides;
    }

    /** The sections an editor may choose. */
    public List<String> sections() {
        return properties.sections();
    }

    @Override
    public void destroy() {
        reader.close();
    }

    @SuppressWarnings("rawtypes")
    private Map<?, ?> published(String uri) throws IOException {
        try {
            var response = client.get(g -> g.index(ArticleIndex.ALIAS).id(uri), Map.class);
            Map source = response.found() ? response.source() : null;
            if (source == null || Boolean.TRUE.equals(source.get("killed"))) {
                throw new NoSuchElementException("no published article has uri " + uri);
            }
            return source;
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                throw new NoSuchElementException("no published article has uri " + uri);
            }
            throw e;
        }
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }
}
