package org.newsroom.enrich.override;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsroom.events.SectionDecision;
import org.newsroom.events.SectionOverride;

class EditorSectionRuleTest {

    private static final SectionOverride ON_VERSION_3 = new SectionOverride("urn:x:1", 3, 0, "business", "ana",
            Instant.parse("2026-12-01T09:00:00Z"), "politics", 2, 40L);
    private static final SectionDecision CLASSIFIER = new SectionDecision("politics", 0.41, "classifier",
            "classifier: politics 0.41, business 0.38", true, Map.of("politics", 0.41, "business", 0.38));
    private static final SectionDecision SUBJECT = new SectionDecision("sports", 1.0, "agency-subject",
            "medtop:15000000 (sport) = sports", false);
    private static final SectionDecision GENRE = new SectionDecision("opinion", 1.0, "rule", "genre:Opinion", false);

    @Test
    void theEditorsDecisionWinsOnTheDecidedVersionAndNeedsNoReview() {
        SectionDecision decision = EditorSectionRule.decide(CLASSIFIER, 3, ON_VERSION_3);

        assertThat(decision.name()).isEqualTo("business");
        assertThat(decision.decidedBy()).isEqualTo("editor");
        assertThat(decision.needsReview()).isFalse();
        assertThat(decision.confidence()).isEqualTo(1.0);
        assertThat(decision.reason()).contains("ana", "2026-12-01T09:00:00Z", "version 3", "politics → business");
    }

    @Test
    void onTheDecidedVersionTheEditorWinsEvenOverTheAgencysCodes() {
        assertThat(EditorSectionRule.decide(SUBJECT, 3, ON_VERSION_3).decidedBy()).isEqualTo("editor");
    }

    @Test
    void laterVersionsKeepTheOverrideOverTheClassifierAndTheGenreRule() {
        assertThat(EditorSectionRule.decide(CLASSIFIER, 4, ON_VERSION_3).name()).isEqualTo("business");
        assertThat(EditorSectionRule.decide(GENRE, 9, ON_VERSION_3).decidedBy()).isEqualTo("editor");
    }

    @Test
    void aLaterVersionsAgencySubjectCodesBeatTheOverride() {
        assertThat(EditorSectionRule.decide(SUBJECT, 4, ON_VERSION_3)).isEqualTo(SUBJECT);
    }

    @Test
    void anEarlierVersionOrNoOverrideKeepsItsOwnDecision() {
        assertThat(EditorSectionRule.decide(CLASSIFIER, 2, ON_VERSION_3)).isEqualTo(CLASSIFIER);
        assertThat(EditorSectionRule.decide(CLASSIFIER, 3, null)).isEqualTo(CLASSIFIER);
    }

    @Test
    void confirmingIsRecordedAsSuch() {
        SectionOverride confirmed = new SectionOverride("urn:x:1", 3, 0, "politics", "ana", Instant.EPOCH,
                "politics", null, null);

        SectionDecision decision = EditorSectionRule.decide(CLASSIFIER, 3, confirmed);

        assertThat(decision.name()).isEqualTo("politics");
        assertThat(decision.reason()).endsWith("confirmed politics");
        assertThat(decision).isNotEqualTo(CLASSIFIER);
    }
}
