package org.newsroom.metrics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.newsroom.events.ArticleCodec;
import tools.jackson.core.JacksonException;

/**
 * The few article fields that become metric tags, read from an event's JSON without building the whole
 * {@link org.newsroom.events.Article} (and without its validation: a record enrich is about to reject is still counted).
 *
 * @param source     the agency id; may be null
 * @param format     the wire format; may be null
 * @param language   the wire language; may be null
 * @param enrichment the enrichment's language and section; null on {@code articles.ingested}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleTags(String source, String format, String language, EnrichmentTags enrichment) {

    static final ArticleTags NONE = new ArticleTags(null, null, null, null);

    /** @return the tags of a JSON article, or {@link #NONE} when {@code value} is null or not an article object */
    public static ArticleTags of(Object value) {
        if (!(value instanceof byte[] json)) {
            return NONE;
        }
        try {
            ArticleTags tags = ArticleCodec.mapper().readValue(json, ArticleTags.class);
            return tags == null ? NONE : tags;
        } catch (JacksonException e) {
            return NONE;
        }
    }

    /** Agency tag value. */
    public String agencyTag() {
        return MetricTags.token(source);
    }

    /** Wire format tag value. */
    public String formatTag() {
        return MetricTags.token(format);
    }

    /** Settled language (enrichment's, else the wire's) as a tag value. */
    public String languageTag() {
        String settled = enrichment != null && enrichment.language() != null ? enrichment.language().code() : language;
        return MetricTags.language(settled);
    }

    /** Settled section as a tag value; {@code none} when not decided. */
    public String sectionTag() {
        return enrichment != null && enrichment.section() != null ? MetricTags.token(enrichment.section().name())
                : MetricTags.NO_SECTION;
    }

    /**
     * @param language the language decision; may be null
     * @param section  the section decision; may be null
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EnrichmentTags(Code language, Name section) {
    }

    /** @param code BCP 47 tag */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Code(String code) {
    }

    /** @param name section name */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Name(String name) {
    }
}
