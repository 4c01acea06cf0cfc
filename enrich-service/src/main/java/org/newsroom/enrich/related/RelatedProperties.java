package org.newsroom.enrich.related;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Related-article links, prefix {@code newsroom.enrich.related}.
 *
 * @param maxLinks           k, the most related articles linked per article; default 5, 0–50 (0 turns linking off)
 * @param window             how far apart in time ({@code versioncreated}) two articles may be and still be linked;
 *                           also how long an article stays in the index; default 30 days
 * @param sameLanguage       link only articles of the same language; default true
 * @param minScore           the least content similarity (0–1: BM25 score of a candidate over the article's own score
 *                           for the same more-like-this query) a link needs, so a story with nothing related gets no
 *                           links; boosts never lift a candidate over it; default 0.25 (chosen with 15 query terms on
 *                           the eval's dev halves: precision@3 no worse than 25 terms at 0.2)
 * @param minScoreByLanguage {@code minScore} per language (primary subtag, e.g. {@code ar: 0.38}), where scores of
 *                           one language's analyzer run higher or lower; languages not listed use {@code minScore};
 *                           default none
 * @param duplicateThreshold cosine similarity (0–1, tf-idf term vectors) above which a candidate is the same story, so
 *                           it is recorded as {@code duplicate_of} and not linked; default 0.8
 * @param subjectBoost       weight of the share of IPTC subjects two articles have in common (Jaccard), added to 1 and
 *                           multiplied into the similarity; default 0.1
 * @param sectionBoost       the same for being in the same site section; default 0.05
 * @param recencyBoost       the same for closeness in time, decaying with {@code recencyHalfLife}; default 0.05
 * @param recencyHalfLife    time apart at which the recency boost halves; default 3 days
 * @param maxQueryTerms      terms of the article's text kept in the more-like-this query; default 15, 5–200 (the
 *                           search's cost grows with them: 25, with 20 candidates, took 1.8 times the p99 CPU)
 * @param candidates         hits re-ranked per article before the best {@code maxLinks} are kept; default 10, 1–500
 *                           (20 gave the same precision@3 on the eval, and a slower top-hits search)
 * @param duplicateCandidates the most similar candidates checked as near-duplicates (a term-vector read and cosine
 *                           each; a near-duplicate is among the first); default 3, 0–500
 */
@Validated
@ConfigurationProperties("newsroom.enrich.related")
public record RelatedProperties(
        @DefaultValue("5") @Min(0) @Max(50) int maxLinks,
        @DefaultValue("30d") Duration window,
        @DefaultValue("true") boolean sameLanguage,
        @DefaultValue("0.25") @DecimalMin("0.0") @DecimalMax("1.0") double minScore,
        @DefaultValue Map<String, @DecimalMin("0.0") @DecimalMax("1.0") Double> minScoreByLanguage,
        @DefaultValue("0.8") @DecimalMin("0.0") @DecimalMax("1.0") double duplicateThreshold,
        @DefaultValue("0.1") @DecimalMin("0.0") @DecimalMax("1.0") double subjectBoost,
        @DefaultValue("0.05") @DecimalMin("0.0") @DecimalMax("1.0") double sectionBoost,
        @DefaultValue("0.05") @DecimalMin("0.0") @DecimalMax("1.0") double recencyBoost,
        @DefaultValue("3d") Duration recencyHalfLife,
        @DefaultValue("15") @Min(5) @Max(200) int maxQueryTerms,
        @DefaultValue("10") @Min(1) @Max(500) int candidates,
        @DefaultValue("3") @Min(0) @Max(500) int duplicateCandidates) {

    /** @throws IllegalArgumentException when a duration is not positive */
    public RelatedProperties {
        minScoreByLanguage = minScoreByLanguage == null ? Map.of() : Map.copyOf(minScoreByLanguage);
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("newsroom.enrich.related.window must be positive, was " + window);
        }
        if (recencyHalfLife == null || recencyHalfLife.isNegative() || recencyHalfLife.isZero()) {
            throw new IllegalArgumentException(
                    "newsroom.enrich.related.recency-half-life must be positive, was " + recencyHalfLife);
        }
    }

    /** The least similarity a link from an article in {@code language} needs (null: {@code minScore}). */
    public double minScore(String language) {
        Double own = language == null ? null : minScoreByLanguage.get(language);
        return own == null ? minScore : own;
    }

    /** The defaults, as documented above. */
    public static RelatedProperties defaults() {
        return new RelatedProperties(5, Duration.ofDays(30), true, 0.25, Map.of(), 0.8, 0.1, 0.05, 0.05,
                Duration.ofDays(3), 15, 10, 3);
    }
}
