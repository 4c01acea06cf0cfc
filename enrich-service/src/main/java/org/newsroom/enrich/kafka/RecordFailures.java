package org.newsroom.enrich.kafka;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * How many times enrichment failed on each record (by topic, partition and offset) across redeliveries of its poll,
 * until it succeeds or is dead-lettered. Records of partitions moved to another instance meanwhile stay counted here;
 * they are few (one per failing record). Thread-safe (the listener's consumers share it).
 */
final class RecordFailures {

    private record Position(TopicPartition partition, long offset) {
    }

    private final Map<Position, Integer> failures = new ConcurrentHashMap<>();

    /** @return how many times the record has failed now, this time included (1 the first time) */
    int failedAgain(ConsumerRecord<?, ?> record) {
        return failures.merge(position(record), 1, Integer::sum);
    }

    /** Forgets the record's failures: it was enriched or dead-lettered. */
    void forget(ConsumerRecord<?, ?> record) {
        if (!failures.isEmpty()) {
            failures.remove(position(record));
        }
    }

    private static Position position(ConsumerRecord<?, ?> record) {
        return new Position(new TopicPartition(record.topic(), record.partition()), record.offset());
    }
}
