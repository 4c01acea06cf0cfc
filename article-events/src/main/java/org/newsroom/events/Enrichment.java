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
 */
public record Enrichment(
        @JsonProperty("body_text") String bodyText,
        LanguageDecision language,
        SectionDecision section,
        List<String> keywords,
        List<RelatedArticle> related,
        @JsonProperty("boilerplate_removed") List<String> boilerplateRemoved,
        @JsonProperty("enriched_at") Instant enrichedAt) {

    /** @throws IllegalArgumentException when bodyText or enrichedAt is null */
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
    }
}
