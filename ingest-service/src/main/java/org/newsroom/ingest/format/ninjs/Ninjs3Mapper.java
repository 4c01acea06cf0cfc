package org.newsroom.ingest.format.ninjs;

import static org.newsroom.ingest.format.ninjs.NinjsFields.firstText;
import static org.newsroom.ingest.format.ninjs.NinjsFields.text;

import java.time.Instant;
import org.newsroom.events.Article;
import org.newsroom.ingest.format.WireContext;
import org.newsroom.ingest.format.WireDates;
import org.newsroom.ingest.format.WireFormatException;
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
        String wireId = text(root, "uri");
        if (wireId == null) {
            throw new WireFormatException("/uri", "required field uri is missing or blank");
        }
        String embargoField = root.has("embargoedUntil") ? "embargoedUntil" : "embargoed";
        return Article.builder()
                .uri(context.articleUri(wireId))
                .version(NinjsFields.version(root.get("version"), versioncreated.toEpochMilli()))
                .versioncreated(versioncreated)
                .firstcreated(WireDates.parse(text(root, "firstCreated"), "/firstCreated"))
                .pubstatus(NinjsFields.pubstatus(text(root, "pubStatus"), "/pubStatus"))
                .embargoed(WireDates.parse(text(root, embargoField), "/" + embargoField))
                .urgency(NinjsFields.urgency(root.get("urgency")))
                .language(text(root, "language"))
                .headline(headline(root))
                .byline(text(root, "by"))
                .located(text(root, "located"))
                .bodyHtml(bodyHtml(root))
                .subject(NinjsFields.concepts2(root.get("subjects"), "/subjects"))
                .genre(NinjsFields.concepts2(root.get("genres"), "/genres"))
                .associations(NinjsFields.associationArray(root.get("associations")));
    }
}
