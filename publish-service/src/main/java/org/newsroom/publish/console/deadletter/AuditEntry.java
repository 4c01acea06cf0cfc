package org.newsroom.publish.console.deadletter;

import java.time.Instant;

/**
 * One console action, as written to the audit topic (JSON) and log.
 *
 * @param at     when, UTC
 * @param editor who (login name)
 * @param action what: {@code replay}
 * @param source the dead letter, {@code topic/partition/offset}
 * @param uri    the story's URI; may be null
 * @param target where the replayed record went, {@code topic/partition/offset}
 */
public record AuditEntry(Instant at, String editor, String action, String source, String uri, String target) {
}
