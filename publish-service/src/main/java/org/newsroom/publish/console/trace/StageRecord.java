package org.newsroom.publish.console.trace;

import java.util.Map;

/**
 * One record of a story on one topic, as "where is my story" shows it.
 *
 * @param stage       {@code ingest} (on {@code articles.ingested}), {@code enrich} (on {@code articles.enriched}) or
 *                    {@code dead-letter}
 * @param topic       topic
 * @param partition   partition
 * @param offset      offset
 * @param timestampMs the record timestamp, epoch ms
 * @param version     the article version; -1 for a tombstone or an undecodable record
 * @param pubstatus   {@code usable}, {@code withheld}, {@code canceled}, or null
 * @param times       the {@code newsroom-*-at} headers, by name, epoch ms
 * @param decisions   what the stage decided (language, section and why, related, boilerplate removed, dead-letter
 *                    reason…); never null
 */
public record StageRecord(String stage, String topic, int partition, long offset, long timestampMs, long version,
        String pubstatus, Map<String, Long> times, Map<String, Object> decisions) {
}
