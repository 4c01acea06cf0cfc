package org.newsroom.publish.console.deadletter;

import java.time.Instant;

/**
 * One console action, as written to the audit topic (JSON) and log.
 *
 * @param at     when, UTC
 * @param editor who (login name)
 * @param action what: {@code replay}, {@code section-override}
 * @param source what the action started from, {@code topic/partition/offset}: the dead letter; for a section override,
 *               the published article's record (or its URI when the position is unknown)
 * @param uri    the story's URI; may be null
 * @param target where the action's record went, {@code topic/partition/offset}
 * @param detail what changed, e.g. {@code section politics → business (version 3)}; may be null
 */
public record AuditEntry(Instant at, String editor, String action, String source, String uri, String target,
        String detail) {

    /** An entry without detail (replays). */
    public AuditEntry(Instant at, String editor, String action, String source, String uri, String target) {
        this(at, editor, action, source, uri, target, null);
    }
}
