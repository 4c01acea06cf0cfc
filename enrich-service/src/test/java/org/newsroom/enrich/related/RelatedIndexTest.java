package org.newsroom.enrich.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.enrich.related.Stories.*;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsroom.events.Article;
import org.newsroom.events.PubStatus;
import org.newsroom.events.RelatedArticle;

class RelatedIndexTest {

    private final RelatedIndex index = new RelatedIndex(RelatedProperties.defaults(),
            Clock.fixed(T0.plusSeconds(100 * 3600), ZoneOffset.UTC));

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private void indexAll(List<Article> articles) {
        if (index.size() == 0) {
            background(500).forEach(index::index);
        }
        articles.forEach(index::index);
        index.refresh();
    }

    private Set<String> linked(Article article) {
        return index.linksFor(article).related().stream().map(RelatedArticle::uri).collect(Collectors.toSet());
    }

    private static Set<String> uris(Article... articles) {
        return java.util.Arrays.stream(articles).map(Article::uri).collect(Collectors.toSet());
    }

    @Test
    void englishLinksStayInsideTheirCluster() {
        indexAll(englishClusters());
        Set<String> flood = uris(EN_FLOOD_1, EN_FLOOD_2, EN_FLOOD_3, EN_FLOOD_4);
        Set<String> rates = uris(EN_RATES_1, EN_RATES_2, EN_RATES_3);
        for (Article story : List.of(EN_FLOOD_1, EN_FLOOD_2, EN_FLOOD_3, EN_FLOOD_4)) {
            assertThat(linked(story)).isNotEmpty().isSubsetOf(flood).doesNotContain(story.uri());
        }
        for (Article story : List.of(EN_RATES_1, EN_RATES_2, EN_RATES_3)) {
            assertThat(linked(story)).isNotEmpty().isSubsetOf(rates).doesNotContain(story.uri());
        }
    }

    @Test
    void arabicLinksStayInsideTheirCluster() {
        indexAll(arabicClusters());
        Set<String> quake = uris(AR_QUAKE_1, AR_QUAKE_2, AR_QUAKE_3);
        for (Article story : List.of(AR_QUAKE_1, AR_QUAKE_2, AR_QUAKE_3)) {
            assertThat(linked(story)).isNotEmpty().isSubsetOf(quake).doesNotContain(story.uri());
        }
    }

    /** A language's own minimum score applies to its articles only. */
    @Test
    void aLanguagesOwnMinimumScoreAppliesToItsArticlesOnly() throws IOException {
        RelatedProperties d = RelatedProperties.defaults();
        RelatedProperties strictArabic = new RelatedProperties(d.maxLinks(), d.window(), d.sameLanguage(),
                d.minScore(), java.util.Map.of("ar", 1.0), d.duplicateThreshold(), d.subjectBoost(),
                d.sectionBoost(), d.recencyBoost(), d.recencyHalfLife(), d.maxQueryTerms(), d.candidates(),
                d.duplicateCandidates());
        try (RelatedIndex strict = new RelatedIndex(strictArabic, Clock.fixed(T0.plusSeconds(100 * 3600),
                ZoneOffset.UTC))) {
            background(500).forEach(strict::index);
            englishClusters().forEach(strict::index);
            arabicClusters().forEach(strict::index);
            strict.refresh();

            assertThat(strict.linksFor(AR_QUAKE_2).related()).isEmpty();
            assertThat(strict.linksFor(EN_FLOOD_2).related()).isNotEmpty();
        }
        assertThat(strictArabic.minScore("ar")).isEqualTo(1.0);
        assertThat(strictArabic.minScore("en")).isEqualTo(d.minScore());
        assertThat(strictArabic.minScore(null)).isEqualTo(d.minScore());
    }

    /**
     * Found through the end-to-end test of the seed: the first stories of a new event, enriched seconds apart, were
     * never linked, because looking up the first story's terms cached them as absent for the cache's time to live.
     */
    @Test
    void theFirstStoriesOfANewEventLinkAtOnce() {
        indexAll(List.of());
        assertThat(index.linksFor(AR_QUAKE_1)).isEqualTo(Links.NONE);
        index.index(AR_QUAKE_1);
        index.refresh();

        assertThat(linked(AR_QUAKE_2)).contains(AR_QUAKE_1.uri());
    }

    @Test
    void unrelatedStoriesGetNoLinks() {
        indexAll(englishClusters());
        indexAll(arabicClusters());
        for (Article story : List.of(EN_FROG, EN_CHESS, AR_DATES, AR_FOOTBALL)) {
            assertThat(index.linksFor(story)).isEqualTo(Links.NONE);
        }
    }

    @Test
    void aKilledStoryDisappearsFromLinks() {
        indexAll(englishClusters());
        assertThat(linked(EN_FLOOD_2)).contains(EN_FLOOD_1.uri());

        index.index(kill(EN_FLOOD_1.uri(), 2));
        index.refresh();

        assertThat(linked(EN_FLOOD_2)).isNotEmpty().doesNotContain(EN_FLOOD_1.uri());
    }

    @Test
    void aReSendUnderANewUriIsADuplicateNotALink() {
        indexAll(englishClusters());
        Article resend = story("urn:test:en:flood-1-resend", 1, "en", EN_FLOOD_1.versioncreated().plusSeconds(600),
                "life", List.of(), "River Stour bursts banks, floods Ashford town centre",
                "The River Stour burst its banks in Ashford early on Friday after two days of torrential rain, "
                        + "flooding the town centre and cutting off the railway station.",
                "Firefighters used boats to rescue residents trapped in homes near the river, and the Environment "
                        + "Agency issued a severe flood warning for the area.",
                "Kent County Council opened a rest centre at the leisure centre for families forced out of their "
                        + "homes. More rain is forecast.");

        Links links = index.linksFor(resend);

        assertThat(links.duplicateOf()).isEqualTo(EN_FLOOD_1.uri());
        assertThat(links.related()).extracting(RelatedArticle::uri).isNotEmpty().doesNotContain(EN_FLOOD_1.uri());
    }

    @Test
    void anotherVersionOfTheSameUriIsNeitherLinkNorDuplicate() {
        indexAll(englishClusters());
        Article update = story(EN_FLOOD_1.uri(), 2, "en", EN_FLOOD_1.versioncreated().plusSeconds(3600), "life",
                List.of(), EN_FLOOD_1.headline(), EN_FLOOD_1.enrichment().bodyText(), "Updates with evacuations.");

        Links links = index.linksFor(update);

        assertThat(links.duplicateOf()).isNull();
        assertThat(links.related()).extracting(RelatedArticle::uri).isNotEmpty().doesNotContain(EN_FLOOD_1.uri());
    }

    @Test
    void linksCarryHeadlineAndScoreBestFirst() {
        indexAll(englishClusters());

        List<RelatedArticle> related = index.linksFor(EN_FLOOD_2).related();

        assertThat(related).allSatisfy(link -> assertThat(link.headline()).isNotBlank());
        assertThat(related).extracting(RelatedArticle::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void stillEmbargoedStoriesAreNotLinkedUntilTheEmbargoLifts() {
        Instant now = T0.plusSeconds(100 * 3600);
        Article embargoed = embargoed(EN_FLOOD_1, now.plusSeconds(3600));
        try (RelatedIndex before = new RelatedIndex(RelatedProperties.defaults(), Clock.fixed(now, ZoneOffset.UTC));
                RelatedIndex after = new RelatedIndex(RelatedProperties.defaults(),
                        Clock.fixed(now.plusSeconds(7200), ZoneOffset.UTC))) {
            for (RelatedIndex each : List.of(before, after)) {
                background(500).forEach(each::index);
                each.index(embargoed);
                each.index(EN_FLOOD_4);
                each.refresh();
            }
            assertThat(before.linksFor(EN_FLOOD_2).related()).extracting(RelatedArticle::uri)
                    .doesNotContain(EN_FLOOD_1.uri());
            assertThat(after.linksFor(EN_FLOOD_2).related()).extracting(RelatedArticle::uri)
                    .contains(EN_FLOOD_1.uri());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void storiesOutsideTheWindowAreNotLinked() {
        indexAll(englishClusters());
        Article monthsLater = story("urn:test:en:flood-anniversary", 1, "en", T0.plusSeconds(40L * 86_400), "life",
                List.of(), EN_FLOOD_2.headline(), EN_FLOOD_2.enrichment().bodyText());

        assertThat(index.linksFor(monthsLater)).isEqualTo(Links.NONE);
    }

    @Test
    void aWithheldVersionTakesTheStoryOutOfTheIndex() {
        indexAll(englishClusters());
        Article withheld = new Article(EN_FLOOD_1.uri(), 2, EN_FLOOD_1.versioncreated(), null, PubStatus.WITHHELD,
                null, null, "en", EN_FLOOD_1.headline(), null, null, EN_FLOOD_1.bodyHtml(), List.of(), List.of(),
                "test", "ninjs", null, EN_FLOOD_1.enrichment());

        index.index(withheld);
        index.refresh();

        assertThat(linked(EN_FLOOD_2)).doesNotContain(EN_FLOOD_1.uri());
        assertThat(index.linksFor(withheld)).isEqualTo(Links.NONE);
    }

    /** The first story of a new event, written through, is linked before any refresh: its rare words count. */
    @Test
    void aWrittenThroughStoryIsLinkedBeforeAnyRefresh() {
        indexAll(List.of());
        index.writeThrough(AR_QUAKE_1);

        assertThat(linked(AR_QUAKE_2)).containsExactly(AR_QUAKE_1.uri());
    }

    /** Scored by hand while held, by Lucene once indexed: the same link, the same score. */
    @Test
    void aWrittenThroughStoryScoresAsOnceIndexed() {
        indexAll(List.of(EN_FLOOD_1));
        index.writeThrough(EN_FLOOD_2);
        RelatedArticle held = only(index.linksFor(EN_FLOOD_3).related(), EN_FLOOD_2.uri());

        index.index(EN_FLOOD_2); // the follower reads it back
        index.refresh();
        List<RelatedArticle> links = index.linksFor(EN_FLOOD_3).related();

        assertThat(links).extracting(RelatedArticle::uri).doesNotHaveDuplicates();
        assertThat(only(links, EN_FLOOD_2.uri()).score()).isCloseTo(held.score(),
                org.assertj.core.data.Percentage.withPercentage(0.5));
    }

    @Test
    void aKillRemovesAWrittenThroughStoryAtOnce() {
        indexAll(List.of());
        index.writeThrough(EN_FLOOD_1);
        assertThat(linked(EN_FLOOD_2)).contains(EN_FLOOD_1.uri());

        index.remove(EN_FLOOD_1.uri());

        assertThat(linked(EN_FLOOD_2)).doesNotContain(EN_FLOOD_1.uri());
    }

    @Test
    void aWrittenThroughReSendIsADuplicate() {
        indexAll(List.of());
        index.writeThrough(EN_FLOOD_1);
        Article resend = story("urn:test:en:flood-1-resend", 1, "en", EN_FLOOD_1.versioncreated().plusSeconds(60),
                "life", List.of(), EN_FLOOD_1.headline(), EN_FLOOD_1.enrichment().bodyText());

        assertThat(index.linksFor(resend).duplicateOf()).isEqualTo(EN_FLOOD_1.uri());
    }

    private static RelatedArticle only(List<RelatedArticle> links, String uri) {
        List<RelatedArticle> matching = links.stream().filter(link -> link.uri().equals(uri)).toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    private static Article embargoed(Article article, Instant until) {
        return new Article(article.uri(), article.version(), article.versioncreated(), null, article.pubstatus(),
                until, null, article.language(), article.headline(), null, null, article.bodyHtml(), List.of(),
                List.of(), "test", "ninjs", null, article.enrichment());
    }
}
