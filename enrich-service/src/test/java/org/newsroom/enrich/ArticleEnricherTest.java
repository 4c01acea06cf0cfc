package org.newsroom.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.newsroom.enrich.clean.BodyCleaner;
import org.newsroom.enrich.language.LanguageDecider;
import org.newsroom.enrich.override.SectionOverrideTable;
import org.newsroom.enrich.section.SectionDecider;
import org.newsroom.enrich.section.training.ServiceConfiguration;
import org.newsroom.events.Article;
import org.newsroom.events.ArticleCodec;
import org.newsroom.events.Concept;
import org.newsroom.events.Enrichment;
import org.newsroom.events.SectionOverride;
import tools.jackson.databind.JsonNode;

class ArticleEnricherTest {

    private static final ServiceConfiguration CONFIG = ServiceConfiguration.load();
    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private final SectionOverrideTable overrides = new SectionOverrideTable();
    private final ArticleEnricher enricher = new ArticleEnricher(Clock.fixed(NOW, ZoneOffset.UTC),
            new BodyCleaner(CONFIG.clean()), new LanguageDecider(CONFIG.language()),
            new SectionDecider(CONFIG.section()), overrides);

    @Test
    void seedComesOutArabicPoliticsWithoutItsReadTeaser() throws Exception {
        JsonNode seed = ArticleCodec.mapper().readTree(
                Files.readAllBytes(Path.of("..", "samples", "seed-ar-russia-nato.ninjs.json")));
        Article article = Article.builder().uri(seed.get("uri").asString()).version(1)
                .versioncreated(Instant.parse(seed.get("versioncreated").asString())).source("qsarpress")
                .format("ninjs").language(seed.get("language").asString()).headline(seed.get("headline").asString())
                .bodyHtml(seed.get("body_html").asString()).build();

        Article enriched = enricher.enrich(article);
        Enrichment enrichment = enriched.enrichment();

        assertThat(enrichment.language().code()).isEqualTo("ar");
        assertThat(enrichment.language().detected()).isEqualTo("ar");
        assertThat(enrichment.section().name()).isEqualTo("politics");
        assertThat(enrichment.section().decidedBy()).isEqualTo("classifier");
        assertThat(enrichment.boilerplateRemoved()).singleElement().asString().startsWith("READ ");
        assertThat(enrichment.bodyText()).doesNotContain("READ");
        assertThat(enriched.bodyHtml()).doesNotContain("READ").startsWith("<p>نقلت وكالة");
        assertThat(enrichment.enrichedAt()).isEqualTo(NOW);
    }

    @Test
    void agencySubjectAndSanitizedBodyFlowThrough() {
        Article article = Article.builder().uri("urn:test:fr").version(1).versioncreated(NOW).source("test")
                .format("ninjs").language("fr").headline("Coupe de France")
                .subject(java.util.List.of(new org.newsroom.events.Concept("medtop", "15000000", "sport")))
                .bodyHtml("<p onclick=\"x()\">Le club amateur a éliminé le leader de Ligue 2 samedi soir.</p>"
                        + "<p>Lire aussi : le tirage du prochain tour</p><script>x()</script>").build();

        Article enriched = enricher.enrich(article);

        assertThat(enriched.bodyHtml()).isEqualTo("<p>Le club amateur a éliminé le leader de Ligue 2 samedi soir.</p>");
        assertThat(enriched.enrichment().section().decidedBy()).isEqualTo("agency-subject");
        assertThat(enriched.enrichment().section().name()).isEqualTo("sports");
        assertThat(enriched.enrichment().boilerplateRemoved()).containsExactly("Lire aussi : le tirage du prochain tour");
    }

    @Test
    void aLaterVersionKeepsTheEditorsSectionUnlessItsAgencyCodesMapToOne() {
        overrides.put(new SectionOverride("urn:test:budget", 1, 0, "business", "editor",
                Instant.parse("2026-12-01T07:00:00Z"), "politics", null, null), 0);
        Article.Builder v2 = Article.builder().uri("urn:test:budget").version(2).versioncreated(NOW).source("test")
                .format("ninjs").language("en").headline("Council passes the budget")
                .bodyHtml("<p>The council passed the city budget on Monday.</p>");

        Article kept = enricher.enrich(v2.build());
        Article agency = enricher.enrich(v2.version(3)
                .subject(java.util.List.of(new Concept("medtop", "15000000", "sport"))).build());

        assertThat(kept.enrichment().section().name()).isEqualTo("business");
        assertThat(kept.enrichment().section().decidedBy()).isEqualTo("editor");
        assertThat(kept.enrichment().section().needsReview()).isFalse();
        assertThat(agency.enrichment().section().name()).isEqualTo("sports");
        assertThat(agency.enrichment().section().decidedBy()).isEqualTo("agency-subject");
    }
}
