package org.newsroom.publish.kafka;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Whether publishing flows: the last batch was written, or batches have been failing (Elasticsearch away or
 * overloaded) since a given time, while the error handler holds the partitions and redelivers. Thread-safe.
 */
@Component
public class PublishingState {

    /**
     * A snapshot.
     *
     * @param paused       true while batches fail and the consumer waits before redelivering them
     * @param since        when the current state began; null before the first batch
     * @param lastFailure  the last failure's description while paused; null otherwise
     * @param failures     failed attempts since the last success
     * @param lastBatchAt  when a batch was last written; null before the first one
     */
    public record Snapshot(boolean paused, Instant since, String lastFailure, long failures, Instant lastBatchAt) {
    }

    private final Clock clock;
    private Snapshot snapshot = new Snapshot(false, null, null, 0, null);

    PublishingState() {
        this(Clock.systemUTC());
    }

    PublishingState(Clock clock) {
        this.clock = clock;
    }

    /** A batch was written: every record indexed, superseded or dead-lettered. */
    synchronized void written() {
        Instant now = clock.instant();
        snapshot = new Snapshot(false, snapshot.paused() || snapshot.since() == null ? now : snapshot.since(), null, 0,
                now);
    }

    /** A batch could not be written and will be redelivered. */
    synchronized void failed(Exception reason) {
        Instant since = snapshot.paused() ? snapshot.since() : clock.instant();
        snapshot = new Snapshot(true, since, reason.getClass().getSimpleName() + ": " + reason.getMessage(),
                snapshot.failures() + 1, snapshot.lastBatchAt());
    }

    /** The current state. */
    public synchronized Snapshot snapshot() {
        return snapshot;
    }
}
