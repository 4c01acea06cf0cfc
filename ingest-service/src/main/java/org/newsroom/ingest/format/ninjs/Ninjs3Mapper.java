package org.newsroom.ingest.format.ninjs;

import static org.newsroom.ingest.format.ninjs.NinjsFields.firstText;
import static org.newsroom.ingest.format.ninjs.NinjsFields.text;

import java.time.Instant;
import org.newsroom.events.Article;
import org.newsroom.ingest.format.WireContext;
import tools.jackson.databind.JsonNode;

/**
 * ninjs 3.x (https://iptc.org/std/ninjs/ninjs-schema_3.0.json): the 2.x structure in camelCase ({@code versionCreated},
 * {@code firstCreated}, {@code pubStatus}, {@code embargoed}/{@code embargoedUntil}, {@code contentType} in
 * {@code bodies[]}); an NITF body ({@code role: nitf}) is read through the hardened XML parser.
 */
final class Ninjs3Mapper implements NinjsMapper {

    @Override
    public String bodyHtml(JsonNode root) {
        return NinjsFields.bodies(root.get("bodies"), "contentType");
    }

    @Override
    public String versioncreated(JsonNode root) {
        return text(root, "versionCreated");
    }

    @Override
    public String pointer(String field) {
        return switch (field) {
            case "headline" -> "/headlines";
            case "byline" -> "/by";
            case "versioncreated" -> "/versionCreated";
            case "pubstatus" -> "/pubStatus";
            default -> "/" + field;
        };
    }

    private static String headline(JsonNode root) {
        String headline = NinjsFields.headlines(root.get("headlines"));
        return headline != null ? headline : firstText(root, "headline");
    }

    @Override
    public Article.Builder map(JsonNode root, WireContext context, Instant versioncreated) {
        String embargoField = root.has("embargoedUntil") ? "embargoedUntil" : "embargoed";
        Article.Builder article = NinjsSteps.everyVersion(root, context, versioncreated, text(root, "uri"),
                        "firstCreated", "pubStatus", embargoField)
                .headline(headline(root))
                .bodyHtml(bodyHtml(root));
        return NinjsSteps.structure2(article, root);
    }
}
