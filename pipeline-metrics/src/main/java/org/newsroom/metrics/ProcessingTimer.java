package org.newsroom.metrics;

import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * The {@code newsroom.processing} timer of a stage (made by {@link StageMeters#processingTimer}), which can also time
 * work that starts and ends in two callbacks on the same thread, as a Spring Kafka interceptor's {@code intercept}
 * and {@code success}/{@code failure} do: the start time is kept per thread. Thread-safe.
 */
public final class ProcessingTimer {

    private final Timer timer;
    private final ThreadLocal<Long> startedAt = new ThreadLocal<>();

    ProcessingTimer(Timer timer) {
        this.timer = timer;
    }

    /** Starts timing on this thread. */
    public void start() {
        startedAt.set(System.nanoTime());
    }

    /** Records the time since this thread's {@link #start()}; does nothing when this thread has not started one. */
    public void stop() {
        Long start = startedAt.get();
        if (start != null) {
            timer.record(Duration.ofNanos(System.nanoTime() - start));
            startedAt.remove();
        }
    }

    /** Records a time measured elsewhere. */
    public void record(Duration elapsed) {
        timer.record(elapsed);
    }
}
