package org.newsroom.ingest.kafka;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Topic and producer settings of ingest, prefix {@code newsroom.ingest.kafka}.
 *
 * @param partitions  partitions of {@code articles.ingested} when ingest creates it; default 6, at least 1
 * @param replicas    replication factor when ingest creates it; default 1 (one local broker)
 * @param retention   how long ingested records are kept; default 7 days
 * @param sendTimeout how long a request waits for Kafka's acknowledgement before answering 503; default 10 s
 * @param retryAfter  the Retry-After given with a 503; default 5 s
 */
@Validated
@ConfigurationProperties("newsroom.ingest.kafka")
public record IngestTopicsProperties(
        @DefaultValue("6") @Min(1) int partitions,
        @DefaultValue("1") @Min(1) short replicas,
        @DefaultValue("7d") Duration retention,
        @DefaultValue("10s") Duration sendTimeout,
        @DefaultValue("5s") Duration retryAfter) {
}
