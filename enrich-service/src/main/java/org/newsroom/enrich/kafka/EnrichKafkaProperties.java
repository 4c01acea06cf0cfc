package org.newsroom.enrich.kafka;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Topics and redelivery of enrichment, prefix {@code newsroom.enrich.kafka}.
 *
 * @param partitions           partitions of the topics enrich creates when missing; default 6
 * @param replicas             their replication factor; default 1 (one local broker)
 * @param dltRetention         how long dead letters are kept; default 14 days
 * @param redeliveryBackoff    first wait before a rolled-back poll is redelivered (doubling); default 1 s
 * @param maxRedeliveryBackoff cap of that wait; default 30 s. Redelivery never gives up
 */
@Validated
@ConfigurationProperties("newsroom.enrich.kafka")
public record EnrichKafkaProperties(
        @DefaultValue("6") @Min(1) int partitions,
        @DefaultValue("1") @Min(1) short replicas,
        @DefaultValue("14d") Duration dltRetention,
        @DefaultValue("1s") Duration redeliveryBackoff,
        @DefaultValue("30s") Duration maxRedeliveryBackoff) {
}
