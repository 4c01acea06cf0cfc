package org.newsroom.publish.index;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.newsroom.events.Article;
import org.newsroom.events.ArticleCodec;
import org.newsroom.events.Enrichment;
import org.newsroom.events.PubStatus;

/**
 * The Elasticsearch document of an article: ninjs fields flattened with the enrichment's decisions, the cleaned body
 * under its language's field ({@link BodyTextField}). {@code _id} is the
 * URI; the document's external version is {@link #externalVersion(long, int) version × 1000 + revision} (the agency's
 * version, then enrich's re-emits of that version for an editor's decision), except for kills, which take
 * {@link #KILLED_VERSION} so no later delivery of any version can bring a killed story back (a delete would keep its
 * version only for {@code index.gc_deletes}, 60 s by default).
 *
 * @param id       the document {@code _id}: the article URI
 * @param version  the external version to write with
 * @param source   the JSON document, UTF-8
 */
public record ArticleDocument(String id, long version, byte[] source) {

    /** The version a kill is written with: above any wire version or epoch-ms version. */
    public static final long KILLED_VERSION = 9_000_000_000_000_000_000L;

    /** Revisions one agency version can have in the index: {@link Enrichment#MAX_REVISION} + 1. */
    static final long REVISIONS_PER_VERSION = Enrichment.MAX_REVISION + 1L;

    /**
     * The external version of an article's document: strictly increasing in (version, revision), below
     * {@link #KILLED_VERSION} for every valid article ({@link Article#MAX_VERSION}).
     */
    public static long externalVersion(long version, int revision) {
        return version * REVISIONS_PER_VERSION + revision;
    }

    /**
     * The document of a live (usable, withheld or embargoed) article.
     *
     * @param article    an enriched article that is not a kill
     * @param receivedAt when the agency's request was accepted, or null when unknown
     */
    public static ArticleDocument of(Article article, Instant receivedAt) {
        return of(article, receivedAt, -1, -1);
    }

    /**
     * The document of a live article read from {@code articles.enriched}, remembering where it was read: the
     * console's section overrides pass the position on, so enrich finds the URI's current record without scanning the
     * partition.
     *
     * @param partition the record's partition, or -1 when unknown
     * @param offset    its offset, or -1 when unknown
     */
    public static ArticleDocument of(Article article, Instant receivedAt, int partition, long offset) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("uri", article.uri());
        doc.put("version", article.version());
        doc.put("versioncreated", article.versioncreated());
        doc.put("firstcreated", article.firstcreated());
        doc.put("embargoed", article.embargoed());
        doc.put("pubstatus", article.pubstatus());
        doc.put("urgency", article.urgency());
        doc.put("headline", article.headline());
        doc.put("byline", article.byline());
        doc.put("located", article.located());
        doc.put("body_html", article.bodyHtml());
        doc.put("subject", article.subject());
        doc.put("genre", article.genre());
        doc.put("source", article.source());
        doc.put("format", article.format());
        doc.put("received_at", receivedAt);
        Enrichment enrichment = article.enrichment();
        doc.put("language", languageTag(article.language()));
        if (enrichment != null) {
            if (enrichment.language() != null) {
                doc.put("language", languageTag(enrichment.language().code()));
                doc.put("language_confidence", enrichment.language().confidence());
            }
            doc.put(BodyTextField.of((String) doc.get("language")), enrichment.bodyText());
            if (enrichment.section() != null) {
                doc.put("section", enrichment.section().name());
                doc.put("section_decision", enrichment.section());
                doc.put("needs_review", enrichment.section().needsReview());
            }
            doc.put("related", enrichment.related());
            doc.put("boilerplate_removed", enrichment.boilerplateRemoved());
            doc.put("enriched_at", enrichment.enrichedAt());
            doc.put("revision", enrichment.revision());
        }
        if (partition >= 0 && offset >= 0) {
            doc.put("enriched_partition", partition);
            doc.put("enriched_offset", offset);
        }
        doc.values().removeIf(value -> value == null);
        int revision = enrichment == null ? 0 : enrichment.revision();
        return new ArticleDocument(article.uri(), externalVersion(article.version(), revision),
                ArticleCodec.mapper().writeValueAsBytes(doc));
    }

    /** BCP 47 tags are case-insensitive: the index keeps them lower-cased, so a term query finds {@code ar-eg}. */
    private static String languageTag(String tag) {
        return tag == null ? null : tag.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The marker that replaces a killed story for good.
     *
     * @param uri         the killed URI
     * @param killVersion the kill event's own version, kept in the document; 0 when it came as a bare tombstone
     */
    public static ArticleDocument killed(String uri, long killVersion) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("uri", uri);
        doc.put("version", killVersion);
        doc.put("pubstatus", PubStatus.CANCELED);
        doc.put("killed", true);
        return new ArticleDocument(uri, KILLED_VERSION, ArticleCodec.mapper().writeValueAsBytes(doc));
    }
}
