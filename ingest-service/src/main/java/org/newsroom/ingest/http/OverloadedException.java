package org.newsroom.ingest.http;

/** Ingest works on as many push requests as it may ({@link InFlightLimit}); nothing was read or accepted: 503. */
class OverloadedException extends RuntimeException {

    OverloadedException(int maxInFlight) {
        super("ingest is working on " + maxInFlight + " requests already; nothing was accepted, send again after "
                + "Retry-After");
    }
}
