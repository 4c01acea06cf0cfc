package org.newsroom.ingest.http;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.newsroom.ingest.agency.Agency;
import org.springframework.stereotype.Component;

/** One Bucket4j token bucket per agency, in memory (per ingest instance). Thread-safe. */
@Component
class AgencyRateLimiter {

    private final RateLimitProperties properties;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    AgencyRateLimiter(RateLimitProperties properties) {
        this.properties = properties;
    }

    /**
     * Takes one request from the agency's bucket.
     *
     * @throws RateLimitedException when the bucket is empty, with the time until a request is allowed again
     */
    void acquire(Agency agency) {
        if (!properties.enabled()) {
            return;
        }
        Bucket bucket = buckets.computeIfAbsent(agency.id(), id -> Bucket.builder()
                .addLimit(limit -> limit.capacity(properties.capacity()).refillGreedy(properties.refill(), properties.period()))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new RateLimitedException(agency.id(), Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }
}
