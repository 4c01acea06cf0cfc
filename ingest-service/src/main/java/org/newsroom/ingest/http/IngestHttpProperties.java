package org.newsroom.ingest.http;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Push API limits, prefix {@code newsroom.ingest.http}.
 *
 * @param maxBodySize largest request body accepted, larger ones get 413; default 2MB
 * @param maxInFlight push requests worked on at once (read, parsed, waiting for Kafka); one more is answered 503 with
 *                    Retry-After at once, before its body is read, so that an overload costs the requests it cannot
 *                    take almost nothing and the ones it takes stay fast; default 32, at least 1
 */
@Validated
@ConfigurationProperties("newsroom.ingest.http")
public record IngestHttpProperties(
        @DefaultValue("2MB") DataSize maxBodySize,
        @DefaultValue("32") @Min(1) int maxInFlight) {
}
