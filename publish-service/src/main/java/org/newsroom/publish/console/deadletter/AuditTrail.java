package org.newsroom.publish.console.deadletter;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.newsroom.events.ArticleCodec;
import org.newsroom.publish.console.ConsoleConsumers;
import org.newsroom.publish.console.ConsoleProperties;
import org.newsroom.publish.console.ReusableConsumer;
import org.springframework.beans.factory.DisposableBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

/**
 * The record of console actions: each entry is written as JSON to the audit topic (one partition, kept forever) and
 * acknowledged before the action counts as done, logged as one structured line, and counted
 * ({@code newsroom.console.audit{action}}). An action whose own record must never exist without its entry (nor the
 * entry without it) goes through {@link #recordAtomically(Function)}: both in one Kafka transaction. Thread-safe.
 */
@Component
public class AuditTrail implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);
    private static final int READ_LIMIT = 10_000;

    private final KafkaTemplate<Object, Object> template;
    private final DefaultKafkaProducerFactory<Object, Object> transactionalProducers;
    private final KafkaTemplate<Object, Object> transactional;
    private final ReusableConsumer reader;
    private final ConsoleProperties properties;
    private final MeterRegistry registry;

    AuditTrail(KafkaTemplate<Object, Object> template, ProducerFactory<Object, Object> producers,
            ConsoleConsumers consumers, ConsoleProperties properties, MeterRegistry registry) {
        this.template = template;
        // not beans: a second ProducerFactory or KafkaTemplate bean would switch off Spring Boot's own
        this.transactionalProducers = new DefaultKafkaProducerFactory<>(producers.getConfigurationProperties());
        this.transactionalProducers.setTransactionIdPrefix("publish-console-" + UUID.randomUUID() + "-");
        this.transactional = new KafkaTemplate<>(transactionalProducers);
        this.reader = new ReusableConsumer(consumers, "publish-console-audit");
        this.properties = properties;
        this.registry = registry;
    }

    /**
     * Runs {@code action} and writes the audit entry it returns in one Kafka transaction, then counts and logs it:
     * read_committed readers see the action's records and the entry together, or neither.
     *
     * @param action sends the action's records with the given operations (it may wait for their metadata) and returns
     *               the entry
     * @return the entry
     * @throws IllegalStateException when Kafka did not take the transaction (nothing was written)
     */
    public AuditEntry recordAtomically(Function<KafkaOperations<Object, Object>, AuditEntry> action) {
        AuditEntry entry;
        try {
            entry = transactional.executeInTransaction(operations -> {
                AuditEntry made = action.apply(operations);
                await(operations.send(auditRecord(made)));
                return made;
            });
        } catch (KafkaException e) {
            throw new IllegalStateException("Kafka did not take the transaction: " + e.getMessage(), e);
        }
        recorded(entry);
        return entry;
    }

    /**
     * Waits up to 10 s for a send of {@link #recordAtomically(Function)}'s action.
     *
     * @throws KafkaException when Kafka refused the record or did not answer (the transaction aborts)
     */
    public static RecordMetadata await(CompletableFuture<SendResult<Object, Object>> send) {
        try {
            return send.get(10, TimeUnit.SECONDS).getRecordMetadata();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while writing", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaException("not acknowledged: " + e.getMessage(), e);
        }
    }

    private ProducerRecord<Object, Object> auditRecord(AuditEntry entry) {
        return new ProducerRecord<>(properties.auditTopic(), entry.source(),
                ArticleCodec.mapper().writeValueAsBytes(entry));
    }

    /**
     * @throws IllegalStateException when Kafka did not acknowledge the entry within 10 s
     */
    void record(AuditEntry entry) {
        try {
            template.send(auditRecord(entry)).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the audit entry", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the audit topic did not take the entry: " + e.getMessage(), e);
        }
        recorded(entry);
    }

    private void recorded(AuditEntry entry) {
        registry.counter("newsroom.console.audit", "action", entry.action()).increment();
        log.atInfo()
                .addKeyValue("editor", entry.editor())
                .addKeyValue("action", entry.action())
                .addKeyValue("source", entry.source())
                .addKeyValue("uri", entry.uri())
                .addKeyValue("target", entry.target())
                .addKeyValue("detail", entry.detail())
                .log("console action");
    }

    /** The newest entries, newest first, at most {@code limit} (and at most {@value #READ_LIMIT}). */
    public List<AuditEntry> recent(int limit) {
        TopicPartition tp = new TopicPartition(properties.auditTopic(), 0);
        return reader.with(consumer -> {
            List<AuditEntry> entries = new ArrayList<>();
            if (consumer.partitionsFor(tp.topic(), Duration.ofSeconds(5)).isEmpty()) {
                return entries;
            }
            consumer.assign(List.of(tp));
            Map<TopicPartition, Long> ends = consumer.endOffsets(List.of(tp), Duration.ofSeconds(5));
            Map<TopicPartition, Long> starts = consumer.beginningOffsets(List.of(tp), Duration.ofSeconds(5));
            long end = ends.get(tp);
            consumer.seek(tp, Math.max(starts.get(tp), end - Math.min(limit, READ_LIMIT)));
            long deadline = System.currentTimeMillis() + 10_000;
            while (consumer.position(tp) < end && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    entries.add(ArticleCodec.mapper().readValue(record.value(), AuditEntry.class));
                }
            }
            Collections.reverse(entries);
            return entries;
        });
    }

    @Override
    public void destroy() {
        reader.close();
        transactionalProducers.destroy();
    }
}
