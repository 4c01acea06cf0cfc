package org.newsroom.publish.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsroom.events.Article;
import org.newsroom.infra.junit.LocalInfra;
import org.newsroom.infra.junit.LocalInfraExtension;
import org.newsroom.publish.support.Articles;
import org.newsroom.publish.support.EnrichedStream;
import org.newsroom.publish.support.NodeClient;
import org.newsroom.publish.support.RunningPublishService;
import org.newsroom.publish.support.SiteClient;
import tools.jackson.databind.JsonNode;

/**
 * Search on the real node with the newsroom-search-analysis plugin: for each Arabic spelling variant class, an
 * article spelled one way is found by a query spelled the other way; English finds inflected forms.
 */
@ExtendWith(LocalInfraExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArabicSearchIT {

    /** Variant class, the article's spelling, the query's spelling. */
    static Stream<Arguments> variants() {
        return Stream.of(
                Arguments.of("alef with hamza above", "ارتفاع أسعار النفط", "اسعار"),
                Arguments.of("alef with hamza below", "خطة اصلاح شاملة", "إصلاح"),
                Arguments.of("alef with madda", "آمال كبيرة بعد القمة", "امال"),
                Arguments.of("alef maqsura", "افتتاح مستشفى جديد", "مستشفي"),
                Arguments.of("teh marbuta", "رئيس جامعة القاهرة", "جامعه"),
                Arguments.of("harakat", "جولة مُفَاوَضَات جديدة", "مفاوضات"),
                Arguments.of("tatweel", "جلسة البرلمـــان العادية", "برلمان"),
                Arguments.of("presentation forms", "\uFE8D\uFEE7\uFE98\uFEA8\uFE8E\uFE91\uFE8E\uFE95 مبكرة", "انتخابات"),
                Arguments.of("definite article", "تعديل الدستور", "دستور"));
    }

    private final List<String> uris = new ArrayList<>();
    private final String frenchUri = Articles.uri("fr");
    private RunningPublishService service;
    private SiteClient site;

    @BeforeAll
    void publishOneArticlePerVariant(LocalInfra infra) throws Exception {
        service = RunningPublishService.start(infra);
        site = new SiteClient(service.url());
        List<Article> articles = new ArrayList<>();
        variants().forEach(arguments -> {
            String text = (String) arguments.get()[1];
            String uri = Articles.uri("ar-variant");
            uris.add(uri);
            articles.add(Articles.article(uri, 1, "ar", text, "نص الخبر: " + text + " وفق مصادر رسمية."));
        });
        articles.add(Articles.article(Articles.uri("en"), 1, "en", "Ministers negotiated through the night",
                "The ministers' negotiations ended with a ceasefire."));
        articles.add(Articles.article(frenchUri, 1, "fr", "Coupe de France", "Le club a remporté la finale au stade."));
        try (EnrichedStream stream = new EnrichedStream(infra.kafka())) {
            stream.sendAll(articles);
        }
        for (Article article : articles) {
            await().atMost(Duration.ofSeconds(60)).until(() -> site.article(article.uri()).status() == 200);
        }
        new NodeClient(infra.elasticsearch().httpUri()).post("/articles/_refresh", "");
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @ParameterizedTest(name = "{0}: \"{2}\" finds \"{1}\"")
    @MethodSource("variants")
    void variantSpellingFindsTheArticle(String variantClass, String articleText, String query) {
        String uri = uris.get(variants().map(a -> a.get()[0]).toList().indexOf(variantClass));

        JsonNode page = site.search(query, "ar").json();

        assertThat(hitUris(page)).as(variantClass).contains(uri);
        assertThat(page.get("total").asLong()).as("total counted by the same query").isEqualTo(page.get("hits").size());
        JsonNode hit = hitFor(page, uri);
        assertThat(hit.get("snippet").asString()).as("highlighted snippet").contains("<em>");
    }

    @Test
    void englishQueryFindsInflectedForms() {
        JsonNode page = site.search("negotiating minister", "en").json();

        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("hits").get(0).get("snippet").asString()).contains("<em>");
    }

    @Test
    void aLanguageWithoutAnAnalyzerOfItsOwnIsFoundByItsBody() {
        JsonNode page = site.search("finale", "fr").json();

        assertThat(hitUris(page)).containsExactly(frenchUri);
        assertThat(page.get("hits").get(0).get("snippet").asString()).contains("<em>finale</em>");
    }

    @Test
    void anArabicQueryDoesNotMatchUnrelatedArticles() {
        JsonNode page = site.search("دستور", null).json();

        assertThat(hitUris(page)).containsExactly(uris.get(uris.size() - 1));
    }

    private static List<String> hitUris(JsonNode page) {
        List<String> result = new ArrayList<>();
        page.get("hits").forEach(hit -> result.add(hit.get("uri").asString()));
        return result;
    }

    private static JsonNode hitFor(JsonNode page, String uri) {
        for (JsonNode hit : page.get("hits")) {
            if (uri.equals(hit.get("uri").asString())) {
                return hit;
            }
        }
        throw new AssertionError("no hit " + uri);
    }
}
