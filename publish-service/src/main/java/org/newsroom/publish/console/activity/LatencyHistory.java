package org.newsroom.publish.console.activity;

import java.util.Arrays;

/**
 * End-to-end latency percentiles (p50, p95, p99, ms) by minute, a fixed number of minutes back; {@code NaN} for a
 * minute without data. Thread-safe.
 */
public final class LatencyHistory {

    private static final long MINUTE_MS = 60_000;

    private final double[][] values;
    private final long[] minuteOf;

    /** @param minutes how many minutes back are kept */
    public LatencyHistory(int minutes) {
        values = new double[minutes][];
        minuteOf = new long[minutes];
        Arrays.fill(minuteOf, Long.MIN_VALUE);
    }

    /** Stores the percentiles of the minute of {@code atMs}. */
    public synchronized void record(long atMs, double[] percentiles) {
        long minute = Math.floorDiv(atMs, MINUTE_MS);
        int slot = (int) Math.floorMod(minute, (long) values.length);
        minuteOf[slot] = minute;
        values[slot] = percentiles.clone();
    }

    /**
     * @param which         0 for p50, 1 for p95, 2 for p99
     * @param endMs         buckets end with this minute
     * @param buckets       number of buckets
     * @param bucketMinutes minutes per bucket; a bucket is the highest of its minutes
     * @return one value per bucket, oldest first; NaN where no minute had data
     */
    public synchronized double[] series(int which, long endMs, int buckets, int bucketMinutes) {
        double[] result = new double[buckets];
        Arrays.fill(result, Double.NaN);
        long lastMinute = Math.floorDiv(endMs, MINUTE_MS);
        long firstMinute = lastMinute - (long) buckets * bucketMinutes + 1;
        for (long minute = firstMinute; minute <= lastMinute; minute++) {
            int slot = (int) Math.floorMod(minute, (long) values.length);
            if (minuteOf[slot] != minute || Double.isNaN(values[slot][which])) {
                continue;
            }
            int bucket = (int) ((minute - firstMinute) / bucketMinutes);
            result[bucket] = Double.isNaN(result[bucket]) ? values[slot][which]
                    : Math.max(result[bucket], values[slot][which]);
        }
        return result;
    }
}
