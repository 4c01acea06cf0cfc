package org.newsroom.publish.index;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Bulk requests and the retries of their items, prefix {@code newsroom.publish.bulk}. How long a batch lingers is the
 * consumer's business ({@code spring.kafka.consumer.fetch-max-wait}, {@code fetch-min-size}); these bound each bulk.
 *
 * @param maxOperations  documents per bulk request, at most; default 1000
 * @param maxSize        bytes of document sources per bulk request, at most (a larger single document goes alone);
 *                       default 10 MB, well under Elasticsearch's {@code http.max_content_length} of 100 MB
 * @param attempts       attempts per bulk for items answered 429/5xx, the first included; default 5
 * @param initialBackoff wait before the first retry, doubled each time, with full jitter; default 100 ms
 * @param maxBackoff     cap of a single wait; default 5 s
 */
@Validated
@ConfigurationProperties("newsroom.publish.bulk")
public record BulkIndexerProperties(
        @DefaultValue("1000") @Min(1) int maxOperations,
        @DefaultValue("10MB") DataSize maxSize,
        @DefaultValue("5") @Min(1) int attempts,
        @DefaultValue("100ms") Duration initialBackoff,
        @DefaultValue("5s") Duration maxBackoff) {
}
