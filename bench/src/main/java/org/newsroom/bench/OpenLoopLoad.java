package org.newsroom.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * An open-loop load on the ingest API: request {@code i} is due at {@code start + i / rate}, sent then whether or not
 * earlier ones have been answered, and its latency is measured from that intended time — so a server that stalls is
 * charged for every request that should have gone out meanwhile (no coordinated omission).
 */
public final class OpenLoopLoad {

    /** Requests in flight beyond which new ones count as failed instead of being sent (protects the bench itself). */
    private static final int MAX_IN_FLIGHT = 20_000;

    private final HttpClient http;
    private final URI endpoint;
    private final String agencyKey;
    private final StoryCorpus corpus;
    /** The corpus text of the next phase's first story: phases go on through the corpus, not each from its start. */
    private long nextText;

    /**
     * @param ingestUrl base URI of the ingest API
     * @param agencyKey the agency's API key (Bearer)
     */
    public OpenLoopLoad(HttpClient http, String ingestUrl, String agencyKey, StoryCorpus corpus) {
        this.http = http;
        this.endpoint = URI.create(ingestUrl + "/api/v1/articles");
        this.agencyKey = agencyKey;
        this.corpus = corpus;
    }

    /** One phase of load, running or done. */
    public static final class Run {
        private final String prefix;
        private final int count;
        private final long firstText;
        private final long startNanos;
        private final long startEpochMs;
        private final long intervalNanos;
        private final AtomicLongArray acceptedAtNanos;
        private final Histogram acceptLatency = Latencies.newHistogram();
        private final AtomicInteger accepted = new AtomicInteger();
        private final AtomicInteger failed = new AtomicInteger();
        private final AtomicInteger inFlight = new AtomicInteger();
        private final AtomicInteger transportRetries = new AtomicInteger();
        private final ConcurrentLinkedQueue<Integer> newlyAccepted = new ConcurrentLinkedQueue<>();
        private final CompletableFuture<Run> done = new CompletableFuture<>();
        private volatile long lastAnswerNanos;

        private Run(String prefix, int count, int perSecond, long firstText) {
            this.prefix = prefix;
            this.count = count;
            this.firstText = firstText;
            this.intervalNanos = 1_000_000_000L / perSecond;
            this.acceptedAtNanos = new AtomicLongArray(count);
            this.startNanos = System.nanoTime() + 50_000_000L;
            this.startEpochMs = System.currentTimeMillis() + 50;
        }

        /** @return the URI prefix of this phase's stories */
        public String prefix() {
            return prefix;
        }

        /** @return the corpus text of the phase's first story; story {@code n} carries text {@code firstText + n} */
        public long firstText() {
            return firstText;
        }

        /** @return how many requests the phase sends */
        public int count() {
            return count;
        }

        /** @return {@link System#nanoTime()} at which request {@code i} was due */
        public long intendedNanos(int i) {
            return startNanos + i * intervalNanos;
        }

        /** @return wall-clock epoch ms at which request {@code i} was due */
        public long intendedEpochMs(int i) {
            return startEpochMs + i * intervalNanos / 1_000_000;
        }

        /** @return answered 202 so far */
        public int accepted() {
            return accepted.get();
        }

        /** @return answered otherwise, failed or not sent so far */
        public int failed() {
            return failed.get();
        }

        /** @return requests sent a second time after a transport error */
        public int transportRetries() {
            return transportRetries.get();
        }

        /** @return the next story accepted since the last call, or null: for whoever watches them arrive */
        public Integer pollAccepted() {
            return newlyAccepted.poll();
        }

        /** @return latency from intended send to the 202, µs */
        public Histogram acceptLatency() {
            return acceptLatency;
        }

        /** @return accepted requests per second, over the span from the first due time to the last answer */
        public double achievedPerSecond() {
            double seconds = (lastAnswerNanos - startNanos) / 1e9;
            return seconds <= 0 ? 0 : accepted.get() / seconds;
        }

        /** @return completes when every request has been answered */
        public CompletableFuture<Run> done() {
            return done;
        }

        private void answered(int i, boolean ok, long nowNanos) {
            lastAnswerNanos = Math.max(lastAnswerNanos, nowNanos);
            if (ok) {
                Latencies.record(acceptLatency, nowNanos - intendedNanos(i));
                acceptedAtNanos.set(i, nowNanos);
                accepted.incrementAndGet();
                newlyAccepted.add(i);
            } else {
                failed.incrementAndGet();
            }
            inFlight.decrementAndGet();
            if (accepted.get() + failed.get() == count) {
                done.complete(this);
            }
        }
    }

    /**
     * Starts a phase on a thread of its own and returns at once. Its stories carry the corpus texts that follow the
     * previous phase's.
     *
     * @param prefix    URI prefix of the phase's stories, unique in the run
     * @param perSecond the arrival rate
     * @param duration  how long requests keep being due
     */
    public synchronized Run start(String prefix, int perSecond, Duration duration) {
        int count = (int) Math.max(1, perSecond * duration.toMillis() / 1000);
        Run run = new Run(prefix, count, perSecond, nextText);
        nextText += count;
        Thread sender = new Thread(() -> send(run), "load-" + prefix);
        sender.setDaemon(true);
        sender.start();
        return run;
    }

    private void send(Run run) {
        for (int i = 0; i < run.count; i++) {
            final int n = i;
            LockSupport.parkNanos(run.intendedNanos(n) - System.nanoTime());
            if (run.inFlight.incrementAndGet() > MAX_IN_FLIGHT) {
                run.answered(n, false, System.nanoTime());
                continue;
            }
            HttpRequest request = HttpRequest.newBuilder(endpoint)
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + agencyKey)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(corpus.story(run.prefix, n, run.firstText + n),
                            StandardCharsets.UTF_8))
                    .build();
            // one immediate retry on a transport error (a kept-alive connection the server closed meanwhile), as an
            // agency's client would; the latency still counts from the intended send time
            http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .exceptionallyCompose(failure -> {
                        run.transportRetries.incrementAndGet();
                        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
                    })
                    .whenComplete((response, failure) -> run.answered(n,
                            failure == null && response.statusCode() == 202, System.nanoTime()));
        }
    }
}
