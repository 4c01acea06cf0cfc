package org.newsroom.enrich.section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsroom.enrich.section.training.ServiceConfiguration;
import org.newsroom.events.Article;
import org.newsroom.events.Concept;
import org.newsroom.events.LanguageDecision;
import org.newsroom.events.SectionDecision;

class SectionDeciderTest {

    private static final SectionProperties SHIPPED = ServiceConfiguration.load().section();
    private static final LanguageDecision ENGLISH = new LanguageDecision("en", 1.0, "wire");
    private static final String SPORTS_TEXT = "The striker scored twice as the club won the cup final against "
            + "their league rivals, and the coach praised the goalkeeper after the match.";

    @Test
    void shippedConfigurationMapsTheArchitectureTable() {
        assertThat(SHIPPED.subjects().get("medtop")).containsEntry("16000000", "politics")
                .containsEntry("02000000", "politics").containsEntry("13000000", "technology")
                .containsEntry("17000000", "life");
        assertThat(SHIPPED.subjects().get("subj")).containsEntry("15000000", "sports");
        assertThat(SHIPPED.reviewThreshold()).isEqualTo(0.6);
    }

    @Test
    void agencySubjectComesFirst() {
        SectionDecision decision = new SectionDecider(SHIPPED).decide(article(
                List.of(new Concept("medtop", "20000849", "Baseball")), List.of(new Concept("genre", "Opinion", null))),
                "Opinion about baseball.", ENGLISH);
        assertThat(decision.decidedBy()).isEqualTo("agency-subject");
        assertThat(decision.name()).isEqualTo("sports");
    }

    @Test
    void opinionGenreDecidesWhenNoSubjectMaps() {
        SectionDecision decision = new SectionDecider(SHIPPED).decide(article(
                List.of(new Concept("medtop", "09000000", "labour")), List.of(new Concept("genre", "Analysis", null))),
                SPORTS_TEXT, ENGLISH);
        assertThat(decision.decidedBy()).isEqualTo("rule");
        assertThat(decision.name()).isEqualTo("opinion");
    }

    @Test
    void classifierDecidesOtherwiseWithItsTopClasses() {
        SectionDecision decision = new SectionDecider(SHIPPED).decide(article(List.of(), List.of()), SPORTS_TEXT,
                ENGLISH);
        assertThat(decision.decidedBy()).isEqualTo("classifier");
        assertThat(decision.name()).isEqualTo("sports");
        assertThat(decision.probabilities()).hasSize(3).containsKey("sports");
        assertThat(decision.reason()).startsWith("no mapped subject or opinion genre; classifier: sports ");
    }

    @Test
    void belowTheThresholdTheSectionIsStillSetAndMarkedForReview() {
        SectionDecider always = new SectionDecider(withThreshold(1.0));
        SectionDecision unsure = always.decide(article(List.of(), List.of()), SPORTS_TEXT, ENGLISH);
        assertThat(unsure.name()).isEqualTo("sports");
        assertThat(unsure.needsReview()).isTrue();
        assertThat(unsure.reason()).endsWith("(below review threshold 1.00)");

        SectionDecision sure = new SectionDecider(withThreshold(0.0)).decide(article(List.of(), List.of()),
                SPORTS_TEXT, ENGLISH);
        assertThat(sure.needsReview()).isFalse();
    }

    @Test
    void mappingToASectionTheSiteLacksStopsStartup() {
        assertThatThrownBy(() -> new SectionProperties(SHIPPED.sections(),
                Map.of("medtop", Map.of("11000000", "world")), List.of(), "opinion", 0.6, "", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("subjects.medtop.11000000");
    }

    @Test
    void modelPredictingASectionTheSiteLacksStopsStartup() {
        SectionProperties fewer = new SectionProperties(Set.of("politics", "opinion"), Map.of(), List.of(), "opinion",
                0.6, "", "");
        assertThatThrownBy(() -> new SectionDecider(fewer)).hasMessageContaining("newsroom.enrich.section.model");
    }

    private static SectionProperties withThreshold(double threshold) {
        return new SectionProperties(SHIPPED.sections(), SHIPPED.subjects(), SHIPPED.opinionGenres(),
                SHIPPED.opinionSection(), threshold, SHIPPED.model(), SHIPPED.mediaTopics());
    }

    private static Article article(List<Concept> subject, List<Concept> genre) {
        return Article.builder().uri("urn:test:1").version(1).versioncreated(Instant.EPOCH).source("test")
                .format("ninjs").headline("Cup final").language("en").subject(subject).genre(genre).build();
    }
}
