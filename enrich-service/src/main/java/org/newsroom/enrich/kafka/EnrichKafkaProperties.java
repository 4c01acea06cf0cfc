package org.newsroom.enrich.kafka;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Topics and retries of enrichment, prefix {@code newsroom.enrich.kafka}.
 *
 * @param partitions    partitions of the topics enrich creates when missing; default 6
 * @param replicas      their replication factor; default 1 (one local broker)
 * @param dltRetention  how long dead letters are kept; default 14 days
 * @param retryInterval pause before a rolled-back poll is redelivered; default 1 s
 * @param retries       redeliveries of a poll whose enrichment failed on a record, before that record is
 *                      dead-lettered; default 3. A poll Kafka refuses to take is redelivered without limit
 */
@Validated
@ConfigurationProperties("newsroom.enrich.kafka")
public record EnrichKafkaProperties(
        @DefaultValue("6") @Min(1) int partitions,
        @DefaultValue("1") @Min(1) short replicas,
        @DefaultValue("14d") Duration dltRetention,
        @DefaultValue("1s") Duration retryInterval,
        @DefaultValue("3") @Min(0) long retries) {
}
