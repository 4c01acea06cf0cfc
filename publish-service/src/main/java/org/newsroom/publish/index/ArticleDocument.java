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
 * The Elasticsearch document of an article: ninjs fields flattened with the enrichment's decisions. {@code _id} is the
 * URI; the document's external version is the article's version, except for kills, which take {@link #KILLED_VERSION}
 * so no later delivery of any version can bring a killed story back (a delete would keep its version only for
 * {@code index.gc_deletes}, 60 s by default).
 *
 * @param id       the document {@code _id}: the article URI
 * @param version  the external version to write with
 * @param source   the JSON document, UTF-8
 */
public record ArticleDocument(String id, long version, byte[] source) {

    /** The version a kill is written with: above any wire version or epoch-ms version. */
    public static final long KILLED_VERSION = 9_000_000_000_000_000_000L;

    /**
     * The document of a live (usable, withheld or embargoed) article.
     *
     * @param article    an enriched article that is not a kill
     * @param receivedAt when the agency's request was accepted, or null when unknown
     */
    public static ArticleDocument of(Article article, Instant receivedAt) {
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
            doc.put("body_text", enrichment.bodyText());
            if (enrichment.language() != null) {
                doc.put("language", languageTag(enrichment.language().code()));
                doc.put("language_confidence", enrichment.language().confidence());
            }
            if (enrichment.section() != null) {
                doc.put("section", enrichment.section().name());
                doc.put("section_decision", enrichment.section());
                doc.put("needs_review", enrichment.section().needsReview());
            }
            doc.put("related", enrichment.related());
            doc.put("boilerplate_removed", enrichment.boilerplateRemoved());
            doc.put("enriched_at", enrichment.enrichedAt());
        }
        doc.values().removeIf(value -> value == null);
        return new ArticleDocument(article.uri(), article.version(), ArticleCodec.mapper().writeValueAsBytes(doc));
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
