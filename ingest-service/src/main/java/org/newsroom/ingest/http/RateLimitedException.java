package org.newsroom.ingest.http;

import java.time.Duration;

/** The agency sent more requests than its rate limit allows. Retriable after {@link #retryAfter()}: 429. */
class RateLimitedException extends RuntimeException {

    private final Duration retryAfter;

    RateLimitedException(String agencyId, Duration retryAfter) {
        super("agency " + agencyId + " exceeded its request rate limit; retry after " + Math.max(1, ceilSeconds(retryAfter)) + " s");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds until a request is allowed again, at least 1 (the Retry-After value). */
    long retryAfterSeconds() {
        return Math.max(1, ceilSeconds(retryAfter));
    }

    private static long ceilSeconds(Duration duration) {
        return (duration.toNanos() + 999_999_999L) / 1_000_000_000L;
    }
}
