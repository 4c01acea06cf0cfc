package org.newsroom.enrich.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.enrich.related.Stories.*;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.newsroom.events.Article;
import org.newsroom.events.RelatedArticle;

class RelatedLinkerTest {

    @Test
    void fillsRelatedAndKeepsTheOtherEnrichmentAndPassesKillsThrough() throws IOException {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (RelatedIndex index = new RelatedIndex(RelatedProperties.defaults(),
                Clock.fixed(T0.plusSeconds(100 * 3600), ZoneOffset.UTC))) {
            background(500).forEach(index::index);
            englishClusters().forEach(index::index);
            index.refresh();
            RelatedLinker linker = new RelatedLinker(index, meters);

            Article linked = linker.link(EN_RATES_2);
            Article kill = kill(EN_RATES_1.uri(), 2);

            assertThat(linked.enrichment().related()).extracting(RelatedArticle::uri)
                    .containsOnly(EN_RATES_1.uri(), EN_RATES_3.uri());
            assertThat(linked.enrichment().bodyText()).isEqualTo(EN_RATES_2.enrichment().bodyText());
            assertThat(linked.enrichment().section()).isEqualTo(EN_RATES_2.enrichment().section());
            assertThat(linker.link(kill)).isSameAs(kill);
            assertThat(meters.get("newsroom.enrich.related.lookup").timer().count()).isEqualTo(1);
        }
    }

    /**
     * Found by running the demo: the seed, enriched a moment after its related stories, got no links because the
     * index follower had not yet read them back from {@code articles.enriched}.
     */
    @Test
    void aStoryEnrichedRightAfterAnotherLinksIt() throws IOException {
        try (RelatedIndex index = new RelatedIndex(RelatedProperties.defaults(),
                Clock.fixed(T0.plusSeconds(100 * 3600), ZoneOffset.UTC))) {
            background(500).forEach(index::index);
            index.refresh();
            RelatedLinker linker = new RelatedLinker(index, new SimpleMeterRegistry());

            linker.link(EN_RATES_1);

            assertThat(linker.link(EN_RATES_2).enrichment().related()).extracting(RelatedArticle::uri)
                    .contains(EN_RATES_1.uri());
        }
    }
}
