package org.newsroom.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.newsroom.ingest.agency.Agency;
import org.newsroom.ingest.kafka.IngestTopicsProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

class AgencyRateLimiterTest {

    private static final Agency DEMO = new Agency("demo", "demo");
    private static final Agency OTHER = new Agency("other", "other");

    @Test
    void aBurstOverCapacityIsRefusedWithTheWaitUntilTheNextToken() {
        AgencyRateLimiter limiter = new AgencyRateLimiter(new RateLimitProperties(true, 2, 1, Duration.ofMinutes(1)));
        limiter.acquire(DEMO);
        limiter.acquire(DEMO);

        assertThatThrownBy(() -> limiter.acquire(DEMO))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> assertThat(e.retryAfterSeconds()).isBetween(1L, 60L));
        assertThatCode(() -> limiter.acquire(OTHER)).doesNotThrowAnyException();
    }

    @Test
    void disabledLimiterNeverRefuses() {
        AgencyRateLimiter limiter = new AgencyRateLimiter(new RateLimitProperties(false, 1, 1, Duration.ofHours(1)));

        assertThatCode(() -> {
            for (int i = 0; i < 5; i++) {
                limiter.acquire(DEMO);
            }
        }).doesNotThrowAnyException();
    }

    @Test
    void refusalIs429ProblemWithRetryAfter() {
        var problems = new IngestProblems(new IngestTopicsProperties(1, (short) 1, Duration.ofDays(1),
                Duration.ofSeconds(10), Duration.ofSeconds(5)));

        var response = problems.rateLimited(new RateLimitedException("demo", Duration.ofMillis(1500)));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
        assertThat(response.getBody().getType().toString()).endsWith("/rate-limited");
    }
}
