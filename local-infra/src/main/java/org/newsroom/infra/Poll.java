package org.newsroom.infra;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Optional;

/** Polls a probe until it yields a value or a deadline passes: the only way this package waits for a process. */
final class Poll {

    /** One attempt; throws to give up at once (for instance when the process being waited for has exited). */
    @FunctionalInterface
    interface Probe<T> {
        Optional<T> attempt() throws IOException;
    }

    private Poll() {
    }

    /**
     * @param what     what is awaited, for the timeout message
     * @param timeout  how long to keep trying in all
     * @param interval pause between attempts
     * @return the first value the probe yields
     * @throws StartFailedException if the deadline passes first
     * @throws IOException          whatever the probe throws
     */
    static <T> T until(String what, Duration timeout, Duration interval, Probe<T> probe) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> value = probe.attempt();
            if (value.isPresent()) {
                return value.get();
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new StartFailedException(what + ": not ready after " + timeout.toSeconds() + " s");
            }
            pause(interval);
        }
    }

    /** Waits {@code interval} between two attempts; an interrupt ends the wait with an exception. */
    static void pause(Duration interval) throws InterruptedIOException {
        try {
            Thread.sleep(interval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting");
        }
    }
}
