package org.newsroom.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * What enrich-service adds to an article.
 *
 * @param bodyText           clean plain text of the body, paragraphs separated by a blank line; never null
 * @param language           the settled language; null when neither the wire nor detection gave one
 * @param section            the settled section; null when none could be decided
 * @param keywords           key terms; never null
 * @param related            related-article links, best first; never null
 * @param boilerplateRemoved text lines stripped from the body (teasers and the like); never null
 * @param enrichedAt         when enrichment ran; never null
 * @param duplicateOf        URI of an earlier article this one near-duplicates (the same story from another agency, or
 *                           re-sent under a new URI); null when it is not a near-duplicate
 * @param revision           0 (also when absent) when enrichment ran on the agency's version; n when enrich re-emitted that same version
 *                           for an editor's decision, the n-th time (at most {@value #MAX_REVISION}); publish orders
 *                           a URI's documents by (version, revision)
 */
public record Enrichment(
        @JsonProperty("body_text") String bodyText,
        LanguageDecision language,
        SectionDecision section,
        List<String> keywords,
        List<RelatedArticle> related,
        @JsonProperty("boilerplate_removed") List<String> boilerplateRemoved,
        @JsonProperty("enriched_at") Instant enrichedAt,
        @JsonProperty("duplicate_of") String duplicateOf,
        Integer revision) {

    /** Highest {@link #revision()}: publish writes (version × 1000 + revision) as the document's external version. */
    public static final int MAX_REVISION = 999;

    /**
     * @throws IllegalArgumentException when bodyText or enrichedAt is null or revision is outside
     *                                  0–{@value #MAX_REVISION}
     */
    public Enrichment {
        if (bodyText == null) {
            throw new IllegalArgumentException("enrichment body_text must not be null");
        }
        if (enrichedAt == null) {
            throw new IllegalArgumentException("enrichment enriched_at must not be null");
        }
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        related = related == null ? List.of() : List.copyOf(related);
        boilerplateRemoved = boilerplateRemoved == null ? List.of() : List.copyOf(boilerplateRemoved);
        duplicateOf = duplicateOf == null || duplicateOf.isBlank() ? null : duplicateOf;
        revision = revision == null ? 0 : revision;
        if (revision < 0 || revision > MAX_REVISION) {
            throw new IllegalArgumentException("enrichment revision must be within 0.." + MAX_REVISION + ", was "
                    + revision);
        }
    }

    /** A first enrichment of the agency's version ({@code revision} 0). */
    public Enrichment(String bodyText, LanguageDecision language, SectionDecision section, List<String> keywords,
            List<RelatedArticle> related, List<String> boilerplateRemoved, Instant enrichedAt, String duplicateOf) {
        this(bodyText, language, section, keywords, related, boilerplateRemoved, enrichedAt, duplicateOf, 0);
    }

    /** An enrichment that is not a near-duplicate of anything ({@code duplicate_of} null). */
    public Enrichment(String bodyText, LanguageDecision language, SectionDecision section, List<String> keywords,
            List<RelatedArticle> related, List<String> boilerplateRemoved, Instant enrichedAt) {
        this(bodyText, language, section, keywords, related, boilerplateRemoved, enrichedAt, null);
    }

    /**
     * A copy with the related-article links settled.
     *
     * @param links       related articles, best first; null means none
     * @param duplicateOf the URI this article near-duplicates, or null
     */
    public Enrichment withRelated(List<RelatedArticle> links, String duplicateOf) {
        return new Enrichment(bodyText, language, section, keywords, links, boilerplateRemoved, enrichedAt,
                duplicateOf, revision);
    }

    /**
     * A copy with another section decision, as a new revision of the same agency version.
     *
     * @param decision    the section now
     * @param newRevision the revision of the copy, 1–{@value #MAX_REVISION}
     * @param at          when the copy was made
     */
    public Enrichment revised(SectionDecision decision, int newRevision, Instant at) {
        return new Enrichment(bodyText, language, decision, keywords, related, boilerplateRemoved, at, duplicateOf,
                newRevision);
    }
}
