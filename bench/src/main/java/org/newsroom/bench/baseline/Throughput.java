package org.newsroom.bench.baseline;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A measured rate.
 *
 * @param records how many records or documents
 * @param bytes   their payload bytes
 * @param nanos   elapsed time
 */
public record Throughput(long records, long bytes, long nanos) {

    /** @return records per second */
    public double perSecond() {
        return nanos == 0 ? 0 : records * 1e9 / nanos;
    }

    /** @return payload MiB per second */
    public double mibPerSecond() {
        return nanos == 0 ? 0 : bytes * 1e9 / nanos / (1024 * 1024);
    }

    /** @return the fields, for the JSON report */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("records", records);
        map.put("bytes", bytes);
        map.put("seconds", Math.round(nanos / 1e6) / 1e3);
        map.put("per_second", Math.round(perSecond()));
        map.put("mib_per_second", Math.round(mibPerSecond() * 10) / 10.0);
        return map;
    }
}
