package org.newsroom.publish.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.events.ArticleCodec;
import org.newsroom.infra.junit.LocalInfra;
import org.newsroom.infra.junit.LocalInfraExtension;
import org.newsroom.publish.support.Articles;
import org.newsroom.publish.support.EnrichedStream;
import org.newsroom.publish.support.NodeClient;
import org.newsroom.publish.support.RunningPublishService;
import org.newsroom.publish.support.SiteClient;

/** An index made from an older template gains the template's new fields when publish-service starts. */
@ExtendWith(LocalInfraExtension.class)
class ArticleIndexIT {

    private static final String OLD_INDEX = "articles-v900";

    @Test
    @SuppressWarnings("unchecked")
    void anIndexOlderThanThePerLanguageBodyFieldsGainsThemAndNewArticlesAreSearchable(LocalInfra infra)
            throws Exception {
        NodeClient node = new NodeClient(infra.elasticsearch().httpUri());
        Map<String, Object> template = (Map<String, Object>) ArticleCodec.mapper()
                .readValue(ArticleIndex.templateResource(), Map.class).get("template");
        Map<String, Object> mappings = new LinkedHashMap<>((Map<String, Object>) template.get("mappings"));
        Map<String, Object> properties = new LinkedHashMap<>((Map<String, Object>) mappings.get("properties"));
        properties.keySet().removeAll(BodyTextField.all().subList(0, BodyTextField.ANALYZED_LANGUAGES.size()));
        mappings.put("properties", properties);
        node.delete("/_index_template/articles");
        assertThat(node.put("/" + OLD_INDEX, ArticleCodec.mapper().writeValueAsString(
                Map.of("settings", template.get("settings"), "mappings", mappings))).status()).isEqualTo(200);
        assertThat(node.post("/_aliases", """
                {"actions": [
                  {"remove": {"index": "*", "alias": "articles", "must_exist": false}},
                  {"add": {"index": "%s", "alias": "articles", "is_write_index": true}}]}
                """.formatted(OLD_INDEX)).status()).isEqualTo(200);

        try (EnrichedStream stream = new EnrichedStream(infra.kafka());
                RunningPublishService service = RunningPublishService.start(infra)) {
            SiteClient site = new SiteClient(service.url());
            var mapped = node.get("/" + OLD_INDEX + "/_mapping").json().get(OLD_INDEX).get("mappings")
                    .get("properties");
            assertThat(mapped.has("body_text_ar")).as("added at start-up").isTrue();
            assertThat(mapped.has("body_text_en")).isTrue();

            String uri = Articles.uri("older-index");
            stream.send(Articles.article(uri, 1, "ar", "عنوان الخبر", "اجتماع وزراء الخارجية في جنيف"));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                node.post("/articles/_refresh", "");
                assertThat(SiteClient.hitUris(site.search("جنيف", "ar").json())).as("found by a word of its body")
                        .contains(uri);
            });
        }
    }
}
