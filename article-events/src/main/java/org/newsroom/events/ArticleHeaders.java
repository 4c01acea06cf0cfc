package org.newsroom.events;

import java.nio.charset.StandardCharsets;

/**
 * Kafka record header names carried by every article record. Time values are epoch milliseconds written as decimal
 * ASCII, so console tools show them as they are.
 */
public final class ArticleHeaders {

    /** Epoch ms when ingest accepted the agency's request. */
    public static final String RECEIVED_AT = "newsroom-received-at";

    /** The agency id that delivered the story. */
    public static final String AGENCY = "newsroom-agency";

    /** W3C trace context ({@code 00-<trace-id>-<span-id>-<flags>}). */
    public static final String TRACEPARENT = "traceparent";

    /**
     * On an {@code articles.enriched} record enrich re-emitted for an editor's section decision: the override's
     * position, {@code topic/partition/offset}. Such a record keeps the original's {@link #RECEIVED_AT}, so stages
     * leave it out of their latency figures.
     */
    public static final String SECTION_OVERRIDE = "newsroom-section-override";

    /** On dead letters: why the record could not be processed. */
    public static final String DLT_REASON = "newsroom-dlt-reason";

    /** On dead letters: the stage that gave up ({@code ingest}, {@code enrich}, {@code publish}). */
    public static final String DLT_STAGE = "newsroom-dlt-stage";

    private ArticleHeaders() {
    }

    /** {@code newsroom-<stage>-at}: epoch ms when {@code stage} produced the record. */
    public static String stageAt(String stage) {
        return "newsroom-" + stage + "-at";
    }

    /** Encodes epoch ms as a header value. */
    public static byte[] encodeMillis(long epochMs) {
        return Long.toString(epochMs).getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Decodes a header value written by {@link #encodeMillis(long)}.
     *
     * @return epoch ms, or -1 when {@code value} is null or not a number
     */
    public static long decodeMillis(byte[] value) {
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(new String(value, StandardCharsets.US_ASCII).strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
