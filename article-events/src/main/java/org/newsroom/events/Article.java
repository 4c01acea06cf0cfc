package org.newsroom.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The canonical article event, shaped after IPTC ninjs 1.x field names. One per version of a story; the Kafka key is
 * {@link #uri()}.
 *
 * @param uri            globally unique id of the story across agencies; never blank, at most
 *                       {@value #MAX_URI_BYTES} bytes in UTF-8 (it is the Elasticsearch {@code _id})
 * @param version        revision number, increasing with each revision of the same URI; 1–{@value #MAX_VERSION}
 * @param versioncreated when this version was created; never null
 * @param firstcreated   when the first version was created; defaults to {@code versioncreated}
 * @param pubstatus      publication status; defaults to {@link PubStatus#USABLE}
 * @param embargoed      not to be published before this time; may be null
 * @param urgency        1 (most urgent) to 9; may be null
 * @param language       BCP 47 tag sent by the agency; may be null
 * @param headline       may be null only on a kill
 * @param byline         may be null
 * @param located        place of the story; may be null
 * @param bodyHtml       body as HTML, as sent (cleaning is enrichment's job); may be null on a kill
 * @param subject        subject concepts (IPTC Media Topics {@code medtop}, legacy {@code subj}, …); never null
 * @param genre          genre concepts; never null
 * @param source         the agency id that delivered it; never blank
 * @param format         the wire format it arrived in ({@code ninjs}, {@code newsml-g2}, {@code nitf}, {@code rss},
 *                       {@code atom}); never blank
 * @param associations   associated items by role name; never null
 * @param enrichment     present on {@code articles.enriched} records, null on {@code articles.ingested}
 */
public record Article(
        String uri,
        long version,
        Instant versioncreated,
        Instant firstcreated,
        PubStatus pubstatus,
        Instant embargoed,
        Integer urgency,
        String language,
        String headline,
        String byline,
        String located,
        @JsonProperty("body_html") String bodyHtml,
        List<Concept> subject,
        List<Concept> genre,
        String source,
        String format,
        Map<String, Association> associations,
        Enrichment enrichment) {

    /**
     * Longest URI, in UTF-8 bytes: Elasticsearch refuses a longer {@code _id} by failing the whole bulk request it is
     * in (a 400 for every document of the batch), so a longer URI is a contract violation at the first stage.
     */
    public static final int MAX_URI_BYTES = 512;

    /**
     * Highest version (just under 9 × 10^15; epoch-ms versions are about 1.8 × 10^12): publish writes a document's
     * external version as version × 1000 + {@link Enrichment#revision()}, which must stay below the kill marker's.
     */
    public static final long MAX_VERSION = 8_999_999_999_999_999L;

    /** @throws IllegalArgumentException naming the first invalid field */
    public Article {
        require(uri != null && !uri.isBlank(), "uri must not be blank");
        int uriBytes = uri.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        require(uriBytes <= MAX_URI_BYTES, "uri must be at most " + MAX_URI_BYTES
                + " bytes in UTF-8 (the Elasticsearch _id limit), was " + uriBytes);
        require(version >= 1, "version must be >= 1, was " + version);
        require(version <= MAX_VERSION, "version must be <= " + MAX_VERSION + ", was " + version);
        require(versioncreated != null, "versioncreated must not be null");
        require(urgency == null || (urgency >= 1 && urgency <= 9), "urgency must be within 1..9, was " + urgency);
        require(source != null && !source.isBlank(), "source must not be blank");
        require(format != null && !format.isBlank(), "format must not be blank");
        pubstatus = pubstatus == null ? PubStatus.USABLE : pubstatus;
        require(pubstatus == PubStatus.CANCELED || (headline != null && !headline.isBlank()),
                "headline must not be blank");
        firstcreated = firstcreated == null ? versioncreated : firstcreated;
        subject = subject == null ? List.of() : List.copyOf(subject);
        genre = genre == null ? List.of() : List.copyOf(genre);
        associations = associations == null ? Map.of() : Map.copyOf(associations);
    }

    /** True when this event is a kill of every version of its URI. */
    public boolean isKill() {
        return pubstatus == PubStatus.CANCELED;
    }

    /** A copy of this article carrying the given enrichment. */
    public Article withEnrichment(Enrichment value) {
        return new Article(uri, version, versioncreated, firstcreated, pubstatus, embargoed, urgency, language,
                headline, byline, located, bodyHtml, subject, genre, source, format, associations, value);
    }

    /**
     * A copy of this article with cleaned text (enrichment normalizes the headline and sanitizes the body).
     *
     * @throws IllegalArgumentException when the headline is blank on an article that is not a kill
     */
    public Article withText(String cleanHeadline, String cleanBodyHtml) {
        return new Article(uri, version, versioncreated, firstcreated, pubstatus, embargoed, urgency, language,
                cleanHeadline, byline, located, cleanBodyHtml, subject, genre, source, format, associations,
                enrichment);
    }

    /** A builder for wire adapters, which fill the fields one by one. */
    public static Builder builder() {
        return new Builder();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Mutable builder of {@link Article}; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private String uri;
        private long version;
        private Instant versioncreated;
        private Instant firstcreated;
        private PubStatus pubstatus;
        private Instant embargoed;
        private Integer urgency;
        private String language;
        private String headline;
        private String byline;
        private String located;
        private String bodyHtml;
        private List<Concept> subject;
        private List<Concept> genre;
        private String source;
        private String format;
        private Map<String, Association> associations;

        private Builder() {
        }

        public Builder uri(String value) { this.uri = value; return this; }
        public Builder version(long value) { this.version = value; return this; }
        public Builder versioncreated(Instant value) { this.versioncreated = value; return this; }
        public Builder firstcreated(Instant value) { this.firstcreated = value; return this; }
        public Builder pubstatus(PubStatus value) { this.pubstatus = value; return this; }
        public Builder embargoed(Instant value) { this.embargoed = value; return this; }
        public Builder urgency(Integer value) { this.urgency = value; return this; }
        public Builder language(String value) { this.language = value; return this; }
        public Builder headline(String value) { this.headline = value; return this; }
        public Builder byline(String value) { this.byline = value; return this; }
        public Builder located(String value) { this.located = value; return this; }
        public Builder bodyHtml(String value) { this.bodyHtml = value; return this; }
        public Builder subject(List<Concept> value) { this.subject = value; return this; }
        public Builder genre(List<Concept> value) { this.genre = value; return this; }
        public Builder source(String value) { this.source = value; return this; }
        public Builder format(String value) { this.format = value; return this; }
        public Builder associations(Map<String, Association> value) { this.associations = value; return this; }

        /** @throws IllegalArgumentException naming the first invalid field */
        public Article build() {
            return new Article(uri, version, versioncreated, firstcreated, pubstatus, embargoed, urgency, language,
                    headline, byline, located, bodyHtml, subject, genre, source, format, associations, null);
        }
    }
}
