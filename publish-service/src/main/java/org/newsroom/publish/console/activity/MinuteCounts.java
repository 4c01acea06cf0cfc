package org.newsroom.publish.console.activity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts per named series and minute, for a fixed number of minutes back (a ring per series). Series names are
 * {@code <kind>:<value>}, e.g. {@code stage:ingest}, {@code agency:afp}; at most {@value #MAX_SERIES_PER_KIND} values
 * per kind, more are counted under {@code <kind>:other}. Thread-safe.
 */
public final class MinuteCounts {

    static final int MAX_SERIES_PER_KIND = 200;
    private static final long MINUTE_MS = 60_000;

    private final int minutes;
    private final Map<String, Ring> series = new HashMap<>();
    private final Map<String, Integer> perKind = new HashMap<>();

    /** @param minutes how many minutes back are kept; &gt; 0 */
    public MinuteCounts(int minutes) {
        this.minutes = minutes;
    }

    /** Adds {@code n} to {@code key} in the minute of {@code atMs}; ignored when older than the kept minutes. */
    public synchronized void add(String key, long atMs, long n) {
        long minute = Math.floorDiv(atMs, MINUTE_MS);
        long newest = Math.floorDiv(System.currentTimeMillis(), MINUTE_MS);
        if (minute <= newest - minutes || n == 0) {
            return;
        }
        ring(key).add(Math.min(minute, newest), n);
    }

    /**
     * @param key           series name
     * @param endMs         the buckets end with the minute containing this instant, epoch ms
     * @param buckets       number of buckets
     * @param bucketMinutes minutes per bucket
     * @return counts per bucket, oldest first; zeros for an unknown series
     */
    public synchronized long[] counts(String key, long endMs, int buckets, int bucketMinutes) {
        long[] result = new long[buckets];
        Ring ring = series.get(key);
        if (ring == null) {
            return result;
        }
        long lastMinute = Math.floorDiv(endMs, MINUTE_MS);
        long firstMinute = lastMinute - (long) buckets * bucketMinutes + 1;
        for (long minute = firstMinute; minute <= lastMinute; minute++) {
            result[(int) ((minute - firstMinute) / bucketMinutes)] += ring.get(minute);
        }
        return result;
    }

    /** Sum of {@code key} over the last {@code windowMinutes} minutes up to {@code endMs}. */
    public long total(String key, long endMs, int windowMinutes) {
        long sum = 0;
        for (long count : counts(key, endMs, 1, windowMinutes)) {
            sum += count;
        }
        return sum;
    }

    /** The values of one kind ({@code agency}, …) with their totals over the last {@code windowMinutes}, by name. */
    public synchronized Map<String, Long> totals(String kind, long endMs, int windowMinutes) {
        Map<String, Long> result = new TreeMap<>();
        String prefix = kind + ":";
        for (String key : series.keySet()) {
            if (key.startsWith(prefix)) {
                result.put(key.substring(prefix.length()), total(key, endMs, windowMinutes));
            }
        }
        return new LinkedHashMap<>(result);
    }

    private Ring ring(String key) {
        Ring ring = series.get(key);
        if (ring != null) {
            return ring;
        }
        int colon = key.indexOf(':');
        String kind = colon < 0 ? key : key.substring(0, colon);
        int count = perKind.getOrDefault(kind, 0);
        if (count >= MAX_SERIES_PER_KIND) {
            return series.computeIfAbsent(kind + ":other", k -> new Ring(minutes));
        }
        perKind.put(kind, count + 1);
        ring = new Ring(minutes);
        series.put(key, ring);
        return ring;
    }

    /** Counts of one series by minute, {@code size} minutes back. */
    private static final class Ring {
        private final long[] counts;
        private final long[] minuteOf;

        Ring(int size) {
            counts = new long[size];
            minuteOf = new long[size];
            Arrays.fill(minuteOf, Long.MIN_VALUE);
        }

        void add(long minute, long n) {
            int slot = (int) Math.floorMod(minute, (long) counts.length);
            if (minuteOf[slot] != minute) {
                minuteOf[slot] = minute;
                counts[slot] = 0;
            }
            counts[slot] += n;
        }

        long get(long minute) {
            int slot = (int) Math.floorMod(minute, (long) counts.length);
            return minuteOf[slot] == minute ? counts[slot] : 0;
        }
    }
}
