package org.newsroom.publish.console;

/**
 * The time windows the console charts: the last 15 minutes by minute, the last 24 hours by quarter hour.
 *
 * @param buckets       number of buckets
 * @param bucketMinutes minutes per bucket
 */
record ChartWindow(int buckets, int bucketMinutes) {

    static final ChartWindow LAST_15_MINUTES = new ChartWindow(15, 1);
    static final ChartWindow LAST_24_HOURS = new ChartWindow(96, 15);

    /** {@code 15m} or {@code 24h}. @throws IllegalArgumentException for anything else */
    static ChartWindow parse(String value) {
        return switch (value) {
            case "15m" -> LAST_15_MINUTES;
            case "24h" -> LAST_24_HOURS;
            default -> throw new IllegalArgumentException("window must be 15m or 24h, was " + value);
        };
    }

    int minutes() {
        return buckets * bucketMinutes;
    }

    /** Start of the first bucket for buckets ending with the minute of {@code nowMs}, epoch ms. */
    long startMs(long nowMs) {
        long lastMinute = Math.floorDiv(nowMs, 60_000L);
        return (lastMinute - (long) buckets * bucketMinutes + 1) * 60_000L;
    }

    String unit() {
        return bucketMinutes == 1 ? "stories/min" : "stories/" + bucketMinutes + " min";
    }
}
