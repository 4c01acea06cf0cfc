package org.newsroom.publish.console.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.newsroom.events.ArticleHeaders;
import org.newsroom.events.Topics;
import org.newsroom.publish.console.ConsoleConsumers;
import org.newsroom.publish.console.ConsoleProperties;
import org.newsroom.publish.console.ReusableConsumer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.stereotype.Component;

/**
 * Reads the dead-letter topics and replays their records. A replay sends the original key, value and headers (minus
 * the dead-letter ones, plus {@value #REPLAYED_FROM}) to the source topic, waits for Kafka's acknowledgement, then
 * writes the audit entry. Only the pipeline's own topics are replay targets. Thread-safe.
 */
@Component
public class DeadLetters implements DisposableBean {

    /** Header on a replayed record: the dead letter it came from, {@code topic/partition/offset}. */
    public static final String REPLAYED_FROM = "newsroom-replayed-from";

    private static final String DEAD_LETTER_SUFFIX = Topics.deadLetter("");
    private static final Set<String> REPLAY_TARGETS = Set.of(Topics.ARTICLES_INGESTED, Topics.ARTICLES_ENRICHED);
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(10);

    private final ReusableConsumer reader;
    private final KafkaTemplate<Object, Object> template;
    private final AuditTrail audit;
    private final ConsoleProperties properties;

    DeadLetters(ConsoleConsumers consumers, KafkaTemplate<Object, Object> template, AuditTrail audit,
            ConsoleProperties properties) {
        this.reader = new ReusableConsumer(consumers, "publish-console-dlt");
        this.template = template;
        this.audit = audit;
        this.properties = properties;
    }

    /** Every dead-letter topic of the cluster with its record count (end − start offsets, summed over partitions). */
    public Map<String, Long> topics() {
        return reader.with(consumer -> {
            Map<String, Long> result = new LinkedHashMap<>();
            for (String topic : deadLetterTopics(consumer)) {
                List<TopicPartition> partitions = partitions(consumer, topic);
                consumer.assign(partitions);
                Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, CLIENT_TIMEOUT);
                Map<TopicPartition, Long> starts = consumer.beginningOffsets(partitions, CLIENT_TIMEOUT);
                result.put(topic, partitions.stream().mapToLong(tp -> ends.get(tp) - starts.get(tp)).sum());
            }
            return result;
        });
    }

    /**
     * The newest dead letters of one topic ({@code deadLetterLimit} per partition), newest first, without payloads.
     *
     * @throws IllegalArgumentException when {@code topic} is not a dead-letter topic of the cluster
     */
    public List<DeadLetter> list(String topic) {
        Set<String> replayed = replayedPositions();
        return reader.with(consumer -> {
            requireDeadLetterTopic(consumer, topic);
            List<DeadLetter> result = new ArrayList<>();
            for (ConsumerRecord<String, byte[]> record : readTail(consumer, partitions(consumer, topic),
                    properties.deadLetterLimit())) {
                result.add(deadLetter(record, replayed, false));
            }
            result.sort(Comparator.comparingLong(DeadLetter::timestampMs).reversed()
                    .thenComparing(DeadLetter::position));
            return result;
        });
    }

    /**
     * One dead letter with its payload and headers.
     *
     * @return empty when no record is at that position (deleted by retention, or never there)
     * @throws IllegalArgumentException when {@code topic} is not a dead-letter topic
     */
    public Optional<DeadLetter> read(String topic, int partition, long offset) {
        Set<String> replayed = replayedPositions();
        return reader.with(consumer -> {
            requireDeadLetterTopic(consumer, topic);
            return readAt(consumer, new TopicPartition(topic, partition), offset)
                    .map(record -> deadLetter(record, replayed, true));
        });
    }

    /**
     * Replays one dead letter to its source topic.
     *
     * @param editor who asked
     * @return the audit entry
     * @throws IllegalArgumentException when the topic is not a dead-letter topic, no record is at that position, or
     *                                  the source topic is not a pipeline topic
     * @throws IllegalStateException    when Kafka did not acknowledge the replay or the audit entry
     */
    public AuditEntry replay(String topic, int partition, long offset, String editor) {
        ConsumerRecord<String, byte[]> record = reader.with(consumer -> {
            requireDeadLetterTopic(consumer, topic);
            return readAt(consumer, new TopicPartition(topic, partition), offset)
                    .orElseThrow(() -> new IllegalArgumentException("no dead letter at " + topic + "/" + partition
                            + "/" + offset));
        });
        return replay(record, editor);
    }

    /**
     * Replays every dead letter of {@code topic} that the audit trail does not show as replayed, oldest first, at most
     * {@code replayAllLimit}.
     *
     * @return the audit entries, one per replayed record
     * @throws IllegalArgumentException as {@link #replay(String, int, long, String)}
     * @throws IllegalStateException    as {@link #replay(String, int, long, String)}; earlier replays stand
     */
    public List<AuditEntry> replayAll(String topic, String editor) {
        Set<String> replayed = replayedPositions();
        List<ConsumerRecord<String, byte[]>> records = reader.with(consumer -> {
            requireDeadLetterTopic(consumer, topic);
            return readTail(consumer, partitions(consumer, topic), properties.replayAllLimit());
        });
        records.sort(Comparator.comparingLong(ConsumerRecord::timestamp));
        List<AuditEntry> entries = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            if (entries.size() == properties.replayAllLimit()) {
                break;
            }
            if (!replayed.contains(position(record))) {
                entries.add(replay(record, editor));
            }
        }
        return entries;
    }

    @Override
    public void destroy() {
        reader.close();
    }

    /** The newest audit entries, newest first. */
    public List<AuditEntry> audit(int limit) {
        return audit.recent(limit);
    }

    private AuditEntry replay(ConsumerRecord<String, byte[]> record, String editor) {
        String target = sourceTopic(record);
        if (!REPLAY_TARGETS.contains(target)) {
            throw new IllegalArgumentException("dead letter " + position(record) + " came from " + target
                    + ", which is not a pipeline topic; replay targets are " + REPLAY_TARGETS);
        }
        var out = new ProducerRecord<Object, Object>(target, null, record.key(), record.value());
        for (Header header : record.headers()) {
            if (!header.key().startsWith("kafka_dlt-") && !header.key().equals(ArticleHeaders.DLT_REASON)
                    && !header.key().equals(ArticleHeaders.DLT_STAGE) && !header.key().equals(REPLAYED_FROM)) {
                out.headers().add(header);
            }
        }
        out.headers().add(REPLAYED_FROM, position(record).getBytes(StandardCharsets.UTF_8));
        RecordMetadata metadata;
        try {
            metadata = template.send(out).get(CLIENT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).getRecordMetadata();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying " + position(record), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not take the replay of " + position(record) + ": "
                    + e.getMessage(), e);
        }
        AuditEntry entry = new AuditEntry(Instant.now(), editor, "replay", position(record), record.key(),
                metadata.topic() + "/" + metadata.partition() + "/" + metadata.offset());
        audit.record(entry);
        return entry;
    }

    private Set<String> replayedPositions() {
        return audit.recent(Integer.MAX_VALUE).stream()
                .filter(entry -> "replay".equals(entry.action()))
                .map(AuditEntry::source)
                .collect(Collectors.toSet());
    }

    private static List<String> deadLetterTopics(Consumer<String, byte[]> consumer) {
        return consumer.listTopics(CLIENT_TIMEOUT).keySet().stream()
                .filter(topic -> topic.endsWith(DEAD_LETTER_SUFFIX))
                .sorted()
                .toList();
    }

    private static void requireDeadLetterTopic(Consumer<String, byte[]> consumer, String topic) {
        if (topic == null || !topic.endsWith(DEAD_LETTER_SUFFIX) || !deadLetterTopics(consumer).contains(topic)) {
            throw new IllegalArgumentException("not a dead-letter topic of the cluster: " + topic);
        }
    }

    private static List<TopicPartition> partitions(Consumer<String, byte[]> consumer, String topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, CLIENT_TIMEOUT);
        return infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
    }

    /** The last {@code perPartition} records of each partition. */
    private static List<ConsumerRecord<String, byte[]>> readTail(Consumer<String, byte[]> consumer,
            List<TopicPartition> partitions, int perPartition) {
        consumer.assign(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, CLIENT_TIMEOUT);
        Map<TopicPartition, Long> starts = consumer.beginningOffsets(partitions, CLIENT_TIMEOUT);
        for (TopicPartition tp : partitions) {
            consumer.seek(tp, Math.max(starts.get(tp), ends.get(tp) - perPartition));
        }
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        long deadline = System.currentTimeMillis() + CLIENT_TIMEOUT.toMillis();
        while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))
                && System.currentTimeMillis() < deadline) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                    records.add(record);
                }
            }
        }
        return records;
    }

    private static Optional<ConsumerRecord<String, byte[]>> readAt(Consumer<String, byte[]> consumer,
            TopicPartition tp, long offset) {
        if (consumer.partitionsFor(tp.topic(), CLIENT_TIMEOUT).stream().noneMatch(p -> p.partition() == tp.partition())) {
            return Optional.empty();
        }
        consumer.assign(List.of(tp));
        long end = consumer.endOffsets(List.of(tp), CLIENT_TIMEOUT).get(tp);
        long start = consumer.beginningOffsets(List.of(tp), CLIENT_TIMEOUT).get(tp);
        if (offset < start || offset >= end) {
            return Optional.empty();
        }
        consumer.seek(tp, offset);
        long deadline = System.currentTimeMillis() + CLIENT_TIMEOUT.toMillis();
        while (consumer.position(tp) <= offset && System.currentTimeMillis() < deadline) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                if (record.offset() == offset) {
                    return Optional.of(record);
                }
            }
        }
        return Optional.empty();
    }

    private static DeadLetter deadLetter(ConsumerRecord<String, byte[]> record, Set<String> replayed,
            boolean withPayload) {
        String reason = text(record, ArticleHeaders.DLT_REASON);
        if (reason == null) {
            reason = text(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE);
        }
        Map<String, String> headers = null;
        if (withPayload) {
            headers = new LinkedHashMap<>();
            for (Header header : record.headers()) {
                headers.put(header.key(), header.value() == null ? null
                        : new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return new DeadLetter(record.topic(), record.partition(), record.offset(), record.timestamp(), record.key(),
                reason, text(record, ArticleHeaders.DLT_STAGE), sourceTopic(record),
                text(record, KafkaHeaders.DLT_EXCEPTION_FQCN), record.value() == null ? 0 : record.value().length,
                replayed.contains(position(record)),
                withPayload && record.value() != null ? new String(record.value(), StandardCharsets.UTF_8) : null,
                headers);
    }

    private static String sourceTopic(ConsumerRecord<String, byte[]> record) {
        String original = text(record, KafkaHeaders.DLT_ORIGINAL_TOPIC);
        if (original != null && !original.isBlank()) {
            return original;
        }
        String topic = record.topic();
        return topic.substring(0, topic.length() - DEAD_LETTER_SUFFIX.length());
    }

    private static String position(ConsumerRecord<?, ?> record) {
        return record.topic() + "/" + record.partition() + "/" + record.offset();
    }

    private static String text(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
