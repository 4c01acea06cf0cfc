package org.newsroom.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Percentiles of a latency histogram recorded in microseconds, reported in milliseconds.
 *
 * @param count how many values were recorded
 * @param p50   median, ms
 * @param p95   95th percentile, ms
 * @param p99   99th percentile, ms
 * @param max   largest value, ms
 */
public record Latencies(long count, double p50, double p95, double p99, double max) {

    /** Highest value a histogram tracks: 10 minutes, in µs. */
    public static final long HIGHEST_TRACKABLE_MICROS = 600_000_000L;

    /** @return a thread-safe histogram for latencies in µs, 3 significant digits */
    public static Histogram newHistogram() {
        return new org.HdrHistogram.ConcurrentHistogram(HIGHEST_TRACKABLE_MICROS, 3);
    }

    /** @return the percentiles of {@code micros}; all zero when it is empty */
    public static Latencies of(Histogram micros) {
        if (micros.getTotalCount() == 0) {
            return new Latencies(0, 0, 0, 0, 0);
        }
        return new Latencies(micros.getTotalCount(), ms(micros.getValueAtPercentile(50)),
                ms(micros.getValueAtPercentile(95)), ms(micros.getValueAtPercentile(99)), ms(micros.getMaxValue()));
    }

    /** @return the fields, for the JSON report */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("count", count);
        map.put("p50_ms", p50);
        map.put("p95_ms", p95);
        map.put("p99_ms", p99);
        map.put("max_ms", max);
        return map;
    }

    /** Records {@code nanos} into a µs histogram, clamped to its range. */
    public static void record(Histogram micros, long nanos) {
        micros.recordValue(Math.min(HIGHEST_TRACKABLE_MICROS, Math.max(0, nanos / 1_000)));
    }

    private static double ms(long micros) {
        return Math.round(micros / 100.0) / 10.0;
    }
}
