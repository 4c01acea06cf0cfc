package org.newsroom.bench;

import java.util.List;

/**
 * The search for the highest sustained rate: the rates are offered in increasing order, and the search ends at the
 * first rate that fails every one of its attempts. A step of a few seconds at the edge of the pipeline's capacity can
 * fail on noise alone (a merge, a GC, another process on a 2-core machine); with one attempt, a single noisy step
 * early in the search made the whole figure read 0.
 */
final class SustainedRateSearch {

    /** One offered step. */
    @FunctionalInterface
    interface Step {
        /**
         * @param rate    stories/s
         * @param attempt 1 for the first attempt at this rate
         * @return whether the pipeline sustained the rate
         */
        boolean sustained(int rate, int attempt) throws Exception;
    }

    private SustainedRateSearch() {
    }

    /**
     * @param rates    increasing, stories/s
     * @param attempts attempts at a rate before it counts as not sustained; at least 1
     * @param step     offers one step
     * @return the highest rate sustained before the first rate that failed all its attempts; 0 if none
     * @throws IllegalArgumentException if {@code attempts} is below 1
     */
    static int highest(List<Integer> rates, int attempts, Step step) throws Exception {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, got " + attempts);
        }
        int sustained = 0;
        for (int rate : rates) {
            boolean kept = false;
            for (int attempt = 1; attempt <= attempts && !kept; attempt++) {
                kept = step.sustained(rate, attempt);
            }
            if (!kept) {
                break;
            }
            sustained = rate;
        }
        return sustained;
    }
}
