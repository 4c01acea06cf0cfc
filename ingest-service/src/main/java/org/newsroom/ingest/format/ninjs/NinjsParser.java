package org.newsroom.ingest.format.ninjs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsroom.events.Article;
import org.newsroom.events.ArticleCodec;
import org.newsroom.events.Association;
import org.newsroom.events.Concept;
import org.newsroom.events.PubStatus;
import org.newsroom.ingest.format.WireContext;
import org.newsroom.ingest.format.WireDates;
import org.newsroom.ingest.format.WireFormatException;
import org.newsroom.ingest.format.WireParser;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeType;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads IPTC ninjs 1.x documents (https://iptc.org/std/ninjs/ninjs-schema_1.4.json): {@code uri} (or Superdesk's
 * {@code guid}), {@code version} as number or string, {@code versioncreated}, {@code pubstatus}, {@code headline},
 * {@code body_html} (or {@code body_text}, escaped into paragraphs), {@code subject[]}, {@code genre[]},
 * {@code associations{}}.
 */
@Component
public class NinjsParser implements WireParser {

    private static final String MEDIATOPIC_URI = "http://cv.iptc.org/newscodes/mediatopic/";
    private static final String SUBJECTCODE_URI = "http://cv.iptc.org/newscodes/subjectcode/";

    @Override
    public String format() {
        return "ninjs";
    }

    @Override
    public List<MimeType> mediaTypes() {
        return List.of(MediaType.APPLICATION_JSON, MimeType.valueOf("application/ninjs+json"));
    }

    @Override
    public List<Article> parse(byte[] content, WireContext context) {
        JsonNode root = readTree(content);
        if (!root.isObject()) {
            throw new WireFormatException("", "a ninjs document is a JSON object, got " + root.getNodeType());
        }
        String wireId = firstText(root, "uri", "guid");
        if (wireId == null) {
            throw new WireFormatException("/uri", "required field uri is missing or blank");
        }
        var versioncreated = WireDates.parse(text(root, "versioncreated"), "/versioncreated");
        if (versioncreated == null) {
            versioncreated = context.receivedAt();
        }
        try {
            return List.of(Article.builder()
                    .uri(context.articleUri(wireId))
                    .version(version(root.get("version"), versioncreated.toEpochMilli()))
                    .versioncreated(versioncreated)
                    .firstcreated(WireDates.parse(text(root, "firstcreated"), "/firstcreated"))
                    .pubstatus(pubstatus(text(root, "pubstatus")))
                    .embargoed(WireDates.parse(text(root, "embargoed"), "/embargoed"))
                    .urgency(urgency(root.get("urgency")))
                    .language(text(root, "language"))
                    .headline(text(root, "headline"))
                    .byline(text(root, "byline"))
                    .located(text(root, "located"))
                    .bodyHtml(bodyHtml(root))
                    .subject(concepts(root.get("subject"), "/subject"))
                    .genre(concepts(root.get("genre"), "/genre"))
                    .associations(associations(root.get("associations")))
                    .source(context.agencyId())
                    .format(format())
                    .build());
        } catch (IllegalArgumentException invalid) {
            String message = invalid.getMessage();
            throw new WireFormatException("/" + message.split(" ", 2)[0], message);
        }
    }

    private static JsonNode readTree(byte[] content) {
        try {
            return ArticleCodec.mapper().readTree(content);
        } catch (JacksonException e) {
            var location = e.getLocation();
            throw new WireFormatException(location == null ? null : "line " + location.getLineNr() + ", column "
                    + location.getColumnNr(), "not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static long version(JsonNode node, long fallbackEpochMs) {
        if (node == null || node.isNull()) {
            return fallbackEpochMs;
        }
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isString()) {
            try {
                return Long.parseLong(node.asString().strip());
            } catch (NumberFormatException e) {
                throw new WireFormatException("/version", "version must be an integer, got \"" + node.asString() + "\"");
            }
        }
        throw new WireFormatException("/version", "version must be an integer or a string of digits");
    }

    private static PubStatus pubstatus(String value) {
        if (value == null) {
            return PubStatus.USABLE;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "usable" -> PubStatus.USABLE;
            case "withheld" -> PubStatus.WITHHELD;
            case "canceled", "cancelled" -> PubStatus.CANCELED;
            default -> throw new WireFormatException("/pubstatus",
                    "pubstatus must be usable, withheld or canceled, got \"" + value + "\"");
        };
    }

    private static Integer urgency(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.canConvertToInt() && !node.isString()) {
            throw new WireFormatException("/urgency", "urgency must be an integer 1..9");
        }
        try {
            return node.isString() ? Integer.valueOf(node.asString().strip()) : node.asInt();
        } catch (NumberFormatException e) {
            throw new WireFormatException("/urgency", "urgency must be an integer 1..9, got \"" + node.asString() + "\"");
        }
    }

    private static String bodyHtml(JsonNode root) {
        String html = text(root, "body_html");
        if (html != null) {
            return html;
        }
        String plain = text(root, "body_text");
        if (plain == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String paragraph : plain.split("\\R\\s*\\R")) {
            if (!paragraph.isBlank()) {
                out.append("<p>").append(HtmlUtils.htmlEscape(paragraph.strip(), "UTF-8")).append("</p>\n");
            }
        }
        return out.toString();
    }

    private static List<Concept> concepts(JsonNode array, String pointer) {
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new WireFormatException(pointer, "must be an array of {code, name, scheme}");
        }
        List<Concept> result = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            String code = text(item, "code");
            if (code == null) {
                continue; // a name-only concept carries no code to map or search by
            }
            String scheme = schemeAlias(text(item, "scheme"));
            int colon = code.indexOf(':');
            if (scheme == null && colon > 0 && !code.startsWith("http")) {
                scheme = code.substring(0, colon);
                code = code.substring(colon + 1);
            }
            result.add(new Concept(scheme, code, text(item, "name")));
        }
        return result;
    }

    private static String schemeAlias(String scheme) {
        if (scheme == null) {
            return null;
        }
        if (scheme.startsWith(MEDIATOPIC_URI)) {
            return "medtop";
        }
        if (scheme.startsWith(SUBJECTCODE_URI)) {
            return "subj";
        }
        return scheme;
    }

    private static Map<String, Association> associations(JsonNode node) {
        if (node == null || !node.isObject()) {
            return Map.of();
        }
        Map<String, Association> result = new LinkedHashMap<>();
        for (var entry : node.properties()) {
            String uri = text(entry.getValue(), "uri");
            if (uri != null) {
                result.put(entry.getKey(), new Association(uri, text(entry.getValue(), "type"),
                        text(entry.getValue(), "headline")));
            }
        }
        return result;
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            String value = text(node, field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isContainer()) {
            return null;
        }
        String text = value.asString();
        return text.isBlank() ? null : text;
    }
}
