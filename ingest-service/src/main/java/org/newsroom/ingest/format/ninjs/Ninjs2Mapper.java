package org.newsroom.ingest.format.ninjs;

import static org.newsroom.ingest.format.ninjs.NinjsFields.text;

import java.time.Instant;
import org.newsroom.events.Article;
import org.newsroom.ingest.format.WireContext;
import org.newsroom.ingest.format.WireDates;
import org.newsroom.ingest.format.WireFormatException;
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
        String wireId = text(root, "uri");
        if (wireId == null) {
            throw new WireFormatException("/uri", "required field uri is missing or blank");
        }
        return Article.builder()
                .uri(context.articleUri(wireId))
                .version(NinjsFields.version(root.get("version"), versioncreated.toEpochMilli()))
                .versioncreated(versioncreated)
                .firstcreated(WireDates.parse(text(root, "firstcreated"), "/firstcreated"))
                .pubstatus(NinjsFields.pubstatus(text(root, "pubstatus"), "/pubstatus"))
                .embargoed(WireDates.parse(text(root, "embargoed"), "/embargoed"))
                .urgency(NinjsFields.urgency(root.get("urgency")))
                .language(text(root, "language"))
                .headline(NinjsFields.headlines(root.get("headlines")))
                .byline(text(root, "by"))
                .located(text(root, "located"))
                .bodyHtml(bodyHtml(root))
                .subject(NinjsFields.concepts2(root.get("subjects"), "/subjects"))
                .genre(NinjsFields.concepts2(root.get("genres"), "/genres"))
                .associations(NinjsFields.associationArray(root.get("associations")));
    }
}
