package org.newsroom.publish.console.activity;

import java.time.Duration;

/**
 * When an agency that usually sends has gone quiet: it sent at least {@code minStories} stories in the window, and
 * the time since its last story exceeds both {@code factor} × its usual gap (the mean gap between its first and last
 * story of the window) and {@code minimum}. Pure; thread-safe.
 *
 * @param factor     multiple of the usual gap; ≥ 1
 * @param minimum    quiet time below which an agency is never idle
 * @param minStories stories needed in the window before an agency is judged at all
 */
public record IdleRule(int factor, Duration minimum, int minStories) {

    /**
     * @param nowMs   now, epoch ms
     * @param firstMs the agency's first story in the window, epoch ms
     * @param lastMs  its last story, epoch ms
     * @param stories its stories in the window
     * @return true when the agency is idle
     */
    public boolean idle(long nowMs, long firstMs, long lastMs, long stories) {
        if (stories < Math.max(2, minStories)) {
            return false;
        }
        long usualGapMs = (lastMs - firstMs) / (stories - 1);
        long quietMs = nowMs - lastMs;
        return quietMs > minimum.toMillis() && quietMs > (long) factor * usualGapMs;
    }
}
