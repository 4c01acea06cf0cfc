package org.newsroom.publish.kafka;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Dead letters and redelivery of publish, prefix {@code newsroom.publish.kafka}.
 *
 * @param partitions        partitions of {@code articles.enriched.DLT} when publish creates it; default 6
 * @param replicas          its replication factor; default 1
 * @param dltRetention      how long dead letters are kept; default 14 days
 * @param redeliveryBackoff first wait before a failed batch is redelivered (doubling); default 1 s
 * @param maxRedeliveryBackoff cap of that wait; default 30 s. Redelivery never gives up: Elasticsearch being away is
 *                          no reason to dead-letter good articles
 */
@Validated
@ConfigurationProperties("newsroom.publish.kafka")
public record PublishKafkaProperties(
        @DefaultValue("6") @Min(1) int partitions,
        @DefaultValue("1") @Min(1) short replicas,
        @DefaultValue("14d") Duration dltRetention,
        @DefaultValue("1s") Duration redeliveryBackoff,
        @DefaultValue("30s") Duration maxRedeliveryBackoff) {
}
