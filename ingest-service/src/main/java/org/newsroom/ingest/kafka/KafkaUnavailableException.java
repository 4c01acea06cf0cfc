package org.newsroom.ingest.kafka;

/** Kafka did not acknowledge the record in time. Retriable: the agency should send the same story again later. */
public class KafkaUnavailableException extends RuntimeException {

    /** @param message what failed; @param cause the producer's error */
    public KafkaUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
