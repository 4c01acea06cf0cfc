package org.newsroom.ingest.http;

import java.util.concurrent.Semaphore;
import org.springframework.stereotype.Component;

/**
 * Load shedding of the push API: at most {@link IngestHttpProperties#maxInFlight()} requests are worked on at once;
 * one more is refused at once ({@link OverloadedException}, 503 with Retry-After) instead of queueing behind the
 * others, where it would wait longer than an agency's client waits and slow down every request after it. Thread-safe.
 */
@Component
class InFlightLimit {

    /** The permit of one request; closing it lets the next one in. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private final Semaphore permits;
    private final int max;

    InFlightLimit(IngestHttpProperties properties) {
        this.max = properties.maxInFlight();
        this.permits = new Semaphore(max);
    }

    /**
     * @return the request's permit, to close once it is answered
     * @throws OverloadedException when {@code maxInFlight} requests are in flight already
     */
    Permit enter() {
        if (!permits.tryAcquire()) {
            throw new OverloadedException(max);
        }
        return permits::release;
    }
}
