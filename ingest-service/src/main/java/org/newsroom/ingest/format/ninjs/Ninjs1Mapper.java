package org.newsroom.ingest.format.ninjs;

import static org.newsroom.ingest.format.ninjs.NinjsFields.firstText;
import static org.newsroom.ingest.format.ninjs.NinjsFields.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsroom.events.Article;
import org.newsroom.events.Association;
import org.newsroom.events.Concept;
import org.newsroom.ingest.format.IptcConcepts;
import org.newsroom.ingest.format.WireContext;
import org.newsroom.ingest.format.WireFormatException;
import tools.jackson.databind.JsonNode;

/**
 * ninjs 1.x (https://iptc.org/std/ninjs/ninjs-schema_1.4.json): {@code uri} (or Superdesk's {@code guid}),
 * {@code headline}, {@code body_html} (else {@code body_xhtml}, else {@code body_text} as paragraphs),
 * {@code subject[]} and {@code genre[]} with {@code code}/{@code scheme}, {@code associations{}} by role.
 */
final class Ninjs1Mapper implements NinjsMapper {

    @Override
    public String versioncreated(JsonNode root) {
        return text(root, "versioncreated");
    }

    @Override
    public String pointer(String field) {
        return "/" + field;
    }

    @Override
    public Article.Builder map(JsonNode root, WireContext context, Instant versioncreated) {
        return NinjsSteps.everyVersion(root, context, versioncreated, firstText(root, "uri", "guid"),
                        "firstcreated", "pubstatus", "embargoed")
                .headline(text(root, "headline"))
                .byline(text(root, "byline"))
                .bodyHtml(bodyHtml(root))
                .subject(concepts(root.get("subject"), "/subject"))
                .genre(concepts(root.get("genre"), "/genre"))
                .associations(associations(root.get("associations")));
    }

    @Override
    public String bodyHtml(JsonNode root) {
        String html = firstText(root, "body_html", "body_xhtml");
        return html != null ? NinjsFields.htmlBody(html.strip()) : NinjsFields.plainToHtml(text(root, "body_text"));
    }

    private static List<Concept> concepts(JsonNode array, String pointer) {
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new WireFormatException(pointer, "must be an array of {code, name, scheme}");
        }
        List<Concept> result = new ArrayList<>();
        for (JsonNode item : array) {
            String code = text(item, "code");
            if (code == null) {
                continue; // a name-only concept carries no code to map or search by
            }
            String scheme = text(item, "scheme");
            Concept concept;
            if (scheme != null && scheme.contains("cv.iptc.org/newscodes/")) {
                concept = IptcConcepts.of((scheme.endsWith("/") ? scheme : scheme + "/") + code, text(item, "name"));
            } else if (scheme != null) {
                concept = new Concept(scheme, code, text(item, "name"));
            } else {
                concept = IptcConcepts.of(code, text(item, "name"));
            }
            if (concept != null) {
                result.add(concept);
            }
        }
        return result;
    }

    private static Map<String, Association> associations(JsonNode node) {
        if (node == null || !node.isObject()) {
            return Map.of();
        }
        Map<String, Association> result = new LinkedHashMap<>();
        for (var entry : node.properties()) {
            String uri = firstText(entry.getValue(), "uri", "guid");
            if (uri != null) {
                result.put(entry.getKey(), new Association(uri, text(entry.getValue(), "type"),
                        text(entry.getValue(), "headline")));
            }
        }
        return result;
    }
}
