package org.newsroom.publish.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.events.ArticleCodec;
import org.newsroom.infra.junit.LocalInfra;
import org.newsroom.infra.junit.LocalInfraExtension;
import org.newsroom.publish.replay.ReindexCommand;
import org.newsroom.publish.replay.ReindexProgress;
import org.newsroom.publish.support.Articles;
import org.newsroom.publish.support.EnrichedStream;
import org.newsroom.publish.support.NodeClient;
import org.newsroom.publish.support.RunningPublishService;
import org.newsroom.publish.support.SiteClient;

/** An index made from an older template, behind the alias when publish-service starts. */
@ExtendWith(LocalInfraExtension.class)
class ArticleIndexIT {

    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final String BODY = "اجتماع وزراء الخارجية في جنيف";
    private static final String BODY_WORD = "جنيف";

    @Test
    @SuppressWarnings("unchecked")
    void anIndexOlderThanThePerLanguageBodyFieldsGainsThemAndNewArticlesAreSearchable(LocalInfra infra)
            throws Exception {
        NodeClient node = new NodeClient(infra.elasticsearch().httpUri());
        Map<String, Object> template = template();
        Map<String, Object> mappings = new LinkedHashMap<>((Map<String, Object>) template.get("mappings"));
        Map<String, Object> properties = new LinkedHashMap<>((Map<String, Object>) mappings.get("properties"));
        properties.keySet().removeAll(BodyTextField.all().subList(0, BodyTextField.ANALYZED_LANGUAGES.size()));
        mappings.put("properties", properties);
        behindTheAlias(node, "articles-v900", Map.of("settings", template.get("settings"), "mappings", mappings));

        try (EnrichedStream stream = new EnrichedStream(infra.kafka());
                RunningPublishService service = RunningPublishService.start(infra)) {
            SiteClient site = new SiteClient(service.url());
            var mapped = node.get("/articles-v900/_mapping").json().get("articles-v900").get("mappings")
                    .get("properties");
            assertThat(mapped.has("body_text_ar")).as("added at start-up").isTrue();
            assertThat(mapped.has("body_text_en")).isTrue();

            String uri = Articles.uri("older-index");
            stream.send(Articles.article(uri, 1, "ar", "عنوان الخبر", BODY));
            awaitFoundByItsBody(node, site, uri);
        }
    }

    /** Failing input: the demo's index of an early version, made before the template had any analysis settings. */
    @Test
    void anIndexThatCannotGainTheFieldsStillTakesArticlesAndAReindexMakesThemSearchable(LocalInfra infra)
            throws Exception {
        NodeClient node = new NodeClient(infra.elasticsearch().httpUri());
        behindTheAlias(node, "articles-v910", Map.of("mappings", Map.of("dynamic", false,
                "properties", Map.of("uri", Map.of("type", "keyword"), "pubstatus", Map.of("type", "keyword"),
                        "killed", Map.of("type", "boolean"), "embargoed", Map.of("type", "date"),
                        "language", Map.of("type", "keyword"), "versioncreated", Map.of("type", "date")))));

        try (EnrichedStream stream = new EnrichedStream(infra.kafka());
                RunningPublishService service = RunningPublishService.start(infra)) {
            SiteClient site = new SiteClient(service.url());
            String uri = Articles.uri("oldest-index");
            stream.send(Articles.article(uri, 1, "ar", "عنوان الخبر", BODY));
            await().atMost(DEADLINE).until(() -> site.article(uri).status() == 200);

            ByteArrayOutputStream summary = new ByteArrayOutputStream();
            int status = ReindexCommand.run(RunningPublishService.reindexArguments(infra),
                    ReindexProgress.NONE,
                    new PrintStream(summary, true, StandardCharsets.UTF_8));
            assertThat(status).as(summary.toString(StandardCharsets.UTF_8)).isZero();
            awaitFoundByItsBody(node, site, uri);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> template() throws Exception {
        return (Map<String, Object>) ArticleCodec.mapper().readValue(ArticleIndex.templateResource(), Map.class)
                .get("template");
    }

    /** Creates {@code index} as given, not from the current template, and moves the alias to it. */
    private static void behindTheAlias(NodeClient node, String index, Map<String, Object> body) {
        node.delete("/_index_template/articles");
        assertThat(node.put("/" + index, ArticleCodec.mapper().writeValueAsString(body)).status()).isEqualTo(200);
        assertThat(node.post("/_aliases", """
                {"actions": [
                  {"remove": {"index": "*", "alias": "articles", "must_exist": false}},
                  {"add": {"index": "%s", "alias": "articles", "is_write_index": true}}]}
                """.formatted(index)).status()).isEqualTo(200);
    }

    private static void awaitFoundByItsBody(NodeClient node, SiteClient site, String uri) {
        await().atMost(DEADLINE).untilAsserted(() -> {
            node.post("/articles/_refresh", "");
            assertThat(SiteClient.hitUris(site.search(BODY_WORD, "ar").json())).as("found by a word of its body")
                    .contains(uri);
        });
    }
}
