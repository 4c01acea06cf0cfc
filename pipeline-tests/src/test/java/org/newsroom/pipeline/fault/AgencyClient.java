package org.newsroom.pipeline.fault;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * A wire agency pushing stories as real ones do: a few connections in parallel, paced, and on 503 or 429 trying again
 * after the server's {@code Retry-After} (or an exponential backoff with full jitter when it names none, or when the
 * connection fails), until a deadline. Any other answer than 202 is recorded as a rejection.
 */
final class AgencyClient {

    private static final String KEY = "demo-secret";
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(4);
    private static final long MAX_BACKOFF_MS = 5_000;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Supplier<String> ingestUrl;
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger unavailable = new AtomicInteger();
    private final AtomicInteger connectionFailures = new AtomicInteger();
    private final AtomicLong attempts = new AtomicLong();
    private final Map<String, String> rejected = new ConcurrentHashMap<>();
    private final AtomicLong nextDueNanos = new AtomicLong();
    private volatile long intervalNanos;

    /** @param ingestUrl the ingest API's base URI, asked again on every attempt (an instance may move) */
    AgencyClient(Supplier<String> ingestUrl) {
        this.ingestUrl = ingestUrl;
    }

    /** What a push achieved. */
    record Report(int sent, int accepted, long attempts, int unavailable, int connectionFailures,
            Map<String, String> rejected) {
    }

    /**
     * Pushes every submission once accepted, {@code connections} at a time, at most {@code perSecond} new
     * submissions a second, in the background.
     *
     * @return completes when every submission was accepted or gave up
     */
    CompletableFuture<Report> push(List<StorySet.Submission> submissions, int connections, int perSecond) {
        rate(perSecond);
        nextDueNanos.set(System.nanoTime());
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        AtomicInteger next = new AtomicInteger();
        CompletableFuture<?>[] workers = new CompletableFuture<?>[connections];
        for (int w = 0; w < connections; w++) {
            workers[w] = CompletableFuture.runAsync(() -> {
                for (int i = next.getAndIncrement(); i < submissions.size(); i = next.getAndIncrement()) {
                    long interval = intervalNanos;
                    // the next free slot, never in the past: a slower stretch is not made up for by a burst
                    long due = nextDueNanos.accumulateAndGet(interval,
                            (previous, step) -> Math.max(previous, System.nanoTime()) + step) - interval;
                    LockSupport.parkNanos(due - System.nanoTime());
                    send(submissions.get(i));
                }
            }, pool);
        }
        return CompletableFuture.allOf(workers).whenComplete((ok, failure) -> pool.shutdown())
                .thenApply(ok -> new Report(submissions.size(), accepted.get(), attempts.get(), unavailable.get(),
                        connectionFailures.get(), Map.copyOf(rejected)));
    }

    /** Changes the pace of a running push to {@code perSecond} new submissions a second. */
    void rate(int perSecond) {
        intervalNanos = 1_000_000_000L / perSecond;
    }

    /** @return how many submissions were accepted so far */
    int accepted() {
        return accepted.get();
    }

    /** @return how many 503/429 answers were received so far */
    int unavailable() {
        return unavailable.get();
    }

    private void send(StorySet.Submission submission) {
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        for (int retry = 0; ; retry++) {
            attempts.incrementAndGet();
            long waitMs;
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                URI.create(ingestUrl.get() + "/api/v1/articles"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + KEY)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(submission.json(), StandardCharsets.UTF_8))
                        .build(), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status == 202) {
                    accepted.incrementAndGet();
                    return;
                }
                if (status != 503 && status != 429) {
                    rejected.put(submission.uri() + " v" + submission.version(), status + " " + response.body());
                    return;
                }
                unavailable.incrementAndGet();
                var retryAfter = response.headers().firstValue("Retry-After");
                waitMs = retryAfter.isPresent() ? Long.parseLong(retryAfter.get().strip()) * 1000 : backoff(retry);
            } catch (IOException e) {
                connectionFailures.incrementAndGet();
                waitMs = backoff(retry);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                rejected.put(submission.uri() + " v" + submission.version(), "interrupted");
                return;
            }
            if (System.nanoTime() + waitMs * 1_000_000 > deadline) {
                rejected.put(submission.uri() + " v" + submission.version(), "gave up after " + GIVE_UP_AFTER);
                return;
            }
            LockSupport.parkNanos(waitMs * 1_000_000);
        }
    }

    /** Full-jitter exponential backoff: uniform in [0, min(cap, 100 ms · 2^retry)]. */
    private static long backoff(int retry) {
        long cap = Math.min(MAX_BACKOFF_MS, 100L << Math.min(retry, 16));
        return ThreadLocalRandom.current().nextLong(cap + 1);
    }
}
