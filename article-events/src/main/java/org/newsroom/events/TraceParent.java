package org.newsroom.events;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * W3C Trace Context {@code traceparent} values ({@code 00-<32 hex trace-id>-<16 hex parent-id>-<2 hex flags>}), see
 * https://www.w3.org/TR/trace-context/#traceparent-header. Ids come from {@link ThreadLocalRandom}: the spec asks
 * for random, unique ids, not unpredictable ones, and one shared {@code SecureRandom} was a lock every ingest request
 * thread waited on (10.5 s of waits in one profile of the ingest load harness at 1,000 requests/s). Thread-safe.
 */
public final class TraceParent {

    private static final Pattern FORMAT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final String ALL_ZERO_TRACE = "0".repeat(32);
    private static final String ALL_ZERO_SPAN = "0".repeat(16);
    private static final HexFormat HEX = HexFormat.of();

    private TraceParent() {
    }

    /** A new sampled trace: fresh random trace id and parent id. */
    public static String generate() {
        return "00-" + randomHex(16) + "-" + randomHex(8) + "-01";
    }

    /** The incoming value when it is a valid version-00 traceparent, else a new one. */
    public static String continueOrStart(String incoming) {
        return traceId(incoming) == null ? generate() : incoming;
    }

    /** The same trace with a new parent (span) id: what a stage writes on the records it produces. */
    public static String childOf(String traceparent) {
        String traceId = traceId(traceparent);
        return traceId == null ? generate() : "00-" + traceId + "-" + randomHex(8) + "-01";
    }

    /** The 32-hex trace id of a valid traceparent, or null when the value is null or malformed. */
    public static String traceId(String traceparent) {
        if (traceparent == null) {
            return null;
        }
        var matcher = FORMAT.matcher(traceparent.strip());
        if (!matcher.matches() || matcher.group(1).equals(ALL_ZERO_TRACE) || matcher.group(2).equals(ALL_ZERO_SPAN)) {
            return null;
        }
        return matcher.group(1);
    }

    private static String randomHex(int bytes) {
        byte[] buffer = new byte[bytes];
        do {
            ThreadLocalRandom.current().nextBytes(buffer);
        } while (isAllZero(buffer));
        return HEX.formatHex(buffer);
    }

    private static boolean isAllZero(byte[] buffer) {
        for (byte b : buffer) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
