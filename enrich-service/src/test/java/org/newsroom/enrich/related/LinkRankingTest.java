package org.newsroom.enrich.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkRankingTest {

    private static final Instant T = Instant.parse("2026-11-20T08:00:00Z");
    private final LinkRanking ranking = new LinkRanking(RelatedProperties.defaults());

    private static LinkableArticle article(Set<String> subjects, String section) {
        return new LinkableArticle("urn:a", "en", "h", "h", subjects, section, T, null, true, null);
    }

    private static Candidate candidate(Set<String> subjects, String section, Duration apart) {
        return new Candidate("urn:c", "h", 0.5, subjects, section, T.minus(apart), null, 0);
    }

    @Test
    void sharedSubjectsSectionAndRecencyEachRaiseTheScoreMildly() {
        LinkableArticle article = article(Set.of("medtop:16000000", "medtop:11000000"), "politics");
        double plain = ranking.score(article, candidate(Set.of(), null, Duration.ofDays(29)));
        double subjects = ranking.score(article, candidate(Set.of("medtop:16000000"), null, Duration.ofDays(29)));
        double section = ranking.score(article, candidate(Set.of(), "politics", Duration.ofDays(29)));
        double recent = ranking.score(article, candidate(Set.of(), null, Duration.ZERO));

        assertThat(subjects).isGreaterThan(plain);
        assertThat(section).isGreaterThan(plain);
        assertThat(recent).isGreaterThan(plain);
        assertThat(ranking.score(article, candidate(Set.of("medtop:16000000", "medtop:11000000"), "politics",
                Duration.ZERO))).isLessThanOrEqualTo(0.5 * (1 + 0.1 + 0.05 + 0.05) + 1e-9);
    }

    @Test
    void noBoostEverLowersTheContentSimilarity() {
        assertThat(ranking.score(article(Set.of(), null), candidate(Set.of("x"), "life", Duration.ofDays(300))))
                .isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void jaccardOfSubjects() {
        assertThat(LinkRanking.jaccard(Set.of("a", "b"), Set.of("b", "c"))).isEqualTo(1.0 / 3);
        assertThat(LinkRanking.jaccard(Set.of(), Set.of("b"))).isZero();
    }
}
