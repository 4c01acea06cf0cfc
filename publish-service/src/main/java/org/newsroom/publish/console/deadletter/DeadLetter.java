package org.newsroom.publish.console.deadletter;

import java.util.Map;

/**
 * One dead-lettered record.
 *
 * @param topic       the DLT topic
 * @param partition   its partition
 * @param offset      its offset
 * @param timestampMs when it was dead-lettered, epoch ms
 * @param uri         the record key (the article URI); may be null
 * @param reason      {@code newsroom-dlt-reason}, else Spring Kafka's exception message; may be null
 * @param stage       {@code newsroom-dlt-stage}; may be null
 * @param sourceTopic where a replay sends it: {@code kafka_dlt-original-topic}, else the DLT name without {@code .DLT}
 * @param exception   Spring Kafka's {@code kafka_dlt-exception-fqcn}; may be null
 * @param size        payload size, bytes
 * @param replayed    whether the audit trail records a replay of it
 * @param payload     the value as UTF-8 text (only when one record is read); null in lists
 * @param headers     every header as UTF-8 text (only when one record is read); null in lists
 */
public record DeadLetter(String topic, int partition, long offset, long timestampMs, String uri, String reason,
        String stage, String sourceTopic, String exception, int size, boolean replayed, String payload,
        Map<String, String> headers) {

    /** "topic/partition/offset": how the audit trail names it. */
    public String position() {
        return topic + "/" + partition + "/" + offset;
    }
}
