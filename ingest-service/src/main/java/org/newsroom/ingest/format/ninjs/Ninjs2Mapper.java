package org.newsroom.ingest.format.ninjs;

import static org.newsroom.ingest.format.ninjs.NinjsFields.text;

import java.time.Instant;
import org.newsroom.events.Article;
import org.newsroom.ingest.format.WireContext;
import tools.jackson.databind.JsonNode;

/**
 * ninjs 2.x (https://iptc.org/std/ninjs/ninjs-schema_2.1.json): lower-case names as 1.x, with {@code headlines[]},
 * {@code bodies[]}, {@code subjects[]}, {@code genres[]}, {@code by} and {@code associations[]}.
 */
final class Ninjs2Mapper implements NinjsMapper {

    @Override
    public String bodyHtml(JsonNode root) {
        return NinjsFields.bodies(root.get("bodies"), "contenttype");
    }

    @Override
    public String versioncreated(JsonNode root) {
        return text(root, "versioncreated");
    }

    @Override
    public String pointer(String field) {
        return switch (field) {
            case "headline" -> "/headlines";
            case "byline" -> "/by";
            default -> "/" + field;
        };
    }

    @Override
    public Article.Builder map(JsonNode root, WireContext context, Instant versioncreated) {
        Article.Builder article = NinjsSteps.everyVersion(root, context, versioncreated, text(root, "uri"),
                        "firstcreated", "pubstatus", "embargoed")
                .headline(NinjsFields.headlines(root.get("headlines")))
                .bodyHtml(bodyHtml(root));
        return NinjsSteps.structure2(article, root);
    }
}
