package org.newsroom.enrich.related;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * Re-ranks content-similar candidates with mild boosts: {@code similarity × (1 + subjectBoost × Jaccard(subjects) +
 * sectionBoost × [same section] + recencyBoost × 2^(−|Δt| / halfLife))}. Pure and thread-safe.
 */
final class LinkRanking {

    private final RelatedProperties properties;

    LinkRanking(RelatedProperties properties) {
        this.properties = properties;
    }

    /**
     * @return the boosted score of {@code candidate} as a link from {@code article}; at least its similarity, at
     *         most {@code similarity × (1 + sum of the boosts)}
     */
    double score(LinkableArticle article, Candidate candidate) {
        double subjects = jaccard(article.subjects(), candidate.subjects());
        double section = article.section() != null && article.section().equals(candidate.section()) ? 1 : 0;
        Duration apart = Duration.between(article.versioncreated(), candidate.versioncreated()).abs();
        double recency = Math.pow(2, -(double) apart.toMillis() / properties.recencyHalfLife().toMillis());
        return candidate.similarity() * (1 + properties.subjectBoost() * subjects + properties.sectionBoost() * section
                + properties.recencyBoost() * recency);
    }

    /** |a ∩ b| / |a ∪ b|; 0 when both are empty. */
    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        long common = a.stream().filter(b::contains).count();
        return (double) common / union.size();
    }
}
