package org.newsroom.ingest.http;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Per-agency request rate limit of the push API (a token bucket per agency), prefix {@code newsroom.ingest.rate-limit}.
 *
 * @param enabled  whether requests are limited; default true
 * @param capacity burst size: requests an idle agency may send at once; default 300, at least 1
 * @param refill   requests added back per {@code period}, continuously; default 300, at least 1
 * @param period   the refill period; default 1 minute (so 5 requests per second sustained)
 */
@Validated
@ConfigurationProperties("newsroom.ingest.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("300") @Min(1) long capacity,
        @DefaultValue("300") @Min(1) long refill,
        @DefaultValue("1m") Duration period) {
}
