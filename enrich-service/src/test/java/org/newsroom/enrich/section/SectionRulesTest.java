package org.newsroom.enrich.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsroom.events.Concept;
import org.newsroom.events.SectionDecision;

class SectionRulesTest {

    private static final Map<String, Map<String, String>> MAPPING = Map.of(
            "medtop", Map.of("11000000", "politics", "15000000", "sports", "04000000", "business"),
            "subj", Map.of("15000000", "sports", "04000000", "business"));

    private final SubjectRule subjects = new SubjectRule(MAPPING, SubjectHierarchy.bundled());
    private final GenreRule genres = new GenreRule(List.of("Opinion", "Analysis", "Editorial", "Column",
            "Commentary"), "opinion");

    @Test
    void deepMediaTopicMapsThroughItsAncestorsAndSaysHow() {
        SectionDecision decision = subjects.decide(List.of(new Concept("medtop", "20000849", "Baseball"))).orElseThrow();
        assertThat(decision.name()).isEqualTo("sports");
        assertThat(decision.decidedBy()).isEqualTo("agency-subject");
        assertThat(decision.confidence()).isEqualTo(1.0);
        assertThat(decision.needsReview()).isFalse();
        assertThat(decision.reason()).isEqualTo("medtop:20000849 (baseball) → medtop:20000822 (competition discipline)"
                + " → medtop:15000000 (sport) = sports");
    }

    @Test
    void legacySubjectCodeMapsThroughItsParent() {
        assertThat(subjects.decide(List.of(new Concept("subj", "04008024", null))).orElseThrow().name())
                .isEqualTo("business");
    }

    @Test
    void firstMappedSubjectInTheAgencysOrderWins() {
        SectionDecision decision = subjects.decide(List.of(new Concept("N2", "POL", null),
                new Concept("medtop", "20000638", null), new Concept("medtop", "04000000", null))).orElseThrow();
        assertThat(decision.name()).isEqualTo("politics");
        assertThat(decision.reason()).startsWith("medtop:20000638 (international relations) → medtop:11000000");
    }

    @Test
    void qcodesAndNewsCodesUrisWithoutSchemeAreUnderstood() {
        assertThat(subjects.decide(List.of(new Concept(null, "medtop:15000000", null))).orElseThrow().name())
                .isEqualTo("sports");
        assertThat(subjects.decide(List.of(new Concept(null, "http://cv.iptc.org/newscodes/mediatopic/20000892",
                "Cycling"))).orElseThrow().name()).isEqualTo("sports");
    }

    @Test
    void unmappedSubjectsDecideNothing() {
        assertThat(subjects.decide(List.of(new Concept("medtop", "09000000", "labour")))).isEmpty();
        assertThat(subjects.decide(List.of())).isEmpty();
    }

    @Test
    void opinionGenresByCodeOrNameInAnyCaseMakeOpinion() {
        for (Concept genre : List.of(new Concept("genre", "Opinion", null), new Concept("genre", "analysis", null),
                new Concept(null, "genre:Editorial", null), new Concept("x-agency", "7", "Column"),
                new Concept("genre", "COMMENTARY", null))) {
            SectionDecision decision = genres.decide(List.of(genre)).orElseThrow();
            assertThat(decision.name()).as(genre.toString()).isEqualTo("opinion");
            assertThat(decision.decidedBy()).isEqualTo("rule");
            assertThat(decision.reason()).startsWith("genre ");
        }
    }

    @Test
    void otherGenresDecideNothing() {
        assertThat(genres.decide(List.of(new Concept("genre", "Interview", null),
                new Concept("genre", "Current", null)))).isEmpty();
    }
}
