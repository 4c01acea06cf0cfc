package org.newsroom.publish.index;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Retries of bulk items, prefix {@code newsroom.publish.bulk}.
 *
 * @param attempts       attempts per bulk for items answered 429/5xx, the first included; default 5
 * @param initialBackoff wait before the first retry, doubled each time, with full jitter; default 100 ms
 * @param maxBackoff     cap of a single wait; default 5 s
 */
@Validated
@ConfigurationProperties("newsroom.publish.bulk")
public record BulkIndexerProperties(
        @DefaultValue("5") @Min(1) int attempts,
        @DefaultValue("100ms") Duration initialBackoff,
        @DefaultValue("5s") Duration maxBackoff) {
}
