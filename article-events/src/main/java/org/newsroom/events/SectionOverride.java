package org.newsroom.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import tools.jackson.core.JacksonException;

/**
 * An editor's section decision on a published article: the value of {@code articles.section-overrides} (key = URI;
 * compacted, so the latest decision per URI stays). Enrich applies it to the version the editor saw (re-emitting that
 * version's enriched record) and to every later version of the URI, unless the agency's IPTC subject codes map that
 * later version to a section.
 *
 * @param uri               the article URI; never blank
 * @param version           the agency version the editor decided on; ≥ 1
 * @param revision          the {@link Enrichment#revision()} of the document the editor saw; ≥ 0, 0 when absent
 * @param section           the section the editor chose (equal to {@code previous} when confirming); never blank
 * @param editor            who decided (login name); never blank
 * @param at                when, UTC; never null
 * @param previous          the section the article had; may be null
 * @param enrichedPartition the partition of {@code articles.enriched} the published record came from; may be null
 * @param enrichedOffset    its offset there: a hint where enrich starts looking for the URI's current record (the
 *                          latest record of a key is never before an earlier one); may be null
 */
public record SectionOverride(
        String uri,
        long version,
        Integer revision,
        String section,
        String editor,
        Instant at,
        String previous,
        @JsonProperty("enriched_partition") Integer enrichedPartition,
        @JsonProperty("enriched_offset") Long enrichedOffset) {

    /** @throws IllegalArgumentException naming the first invalid field */
    public SectionOverride {
        require(uri != null && !uri.isBlank(), "uri must not be blank");
        require(version >= 1, "version must be >= 1, was " + version);
        revision = revision == null ? 0 : revision;
        require(revision >= 0, "revision must be >= 0, was " + revision);
        require(section != null && !section.isBlank(), "section must not be blank");
        require(editor != null && !editor.isBlank(), "editor must not be blank");
        require(at != null, "at must not be null");
    }

    /** This override as UTF-8 JSON, with the contract's field names. */
    public byte[] encode() {
        return ArticleCodec.mapper().writeValueAsBytes(this);
    }

    /**
     * @throws ArticleFormatException when the bytes are null (a tombstone), not JSON or not a valid override
     */
    public static SectionOverride decode(byte[] json) {
        if (json == null) {
            throw new ArticleFormatException("record value is null (a tombstone), not a section override", null);
        }
        try {
            return ArticleCodec.mapper().readValue(json, SectionOverride.class);
        } catch (JacksonException e) {
            Throwable root = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            throw new ArticleFormatException("invalid section override: "
                    + (root == e ? e.getOriginalMessage() : root.getMessage()), e);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
