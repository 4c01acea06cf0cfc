package org.newsroom.ingest.format.ninjs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.newsroom.events.Association;
import org.newsroom.events.Concept;
import org.newsroom.events.PubStatus;
import org.newsroom.ingest.format.IptcConcepts;
import org.newsroom.ingest.format.WireFormatException;
import org.newsroom.ingest.format.nitf.NitfParser;
import org.newsroom.ingest.format.xml.WireXml;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/** Field readers shared by the ninjs 1.x, 2.x and 3.x mappers; each names the JSON Pointer of a bad value. */
final class NinjsFields {

    private NinjsFields() {
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isContainer()) {
            return null;
        }
        String text = value.asString();
        return text.isBlank() ? null : text;
    }

    static String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            String value = text(node, field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** {@code version} as a JSON integer or a string of digits; absent gives {@code fallbackEpochMs}. */
    static long version(JsonNode node, long fallbackEpochMs) {
        if (node == null || node.isNull()) {
            return fallbackEpochMs;
        }
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isString()) {
            if (node.asString().isBlank()) {
                return fallbackEpochMs;
            }
            try {
                return Long.parseLong(node.asString().strip());
            } catch (NumberFormatException e) {
                throw new WireFormatException("/version", "version must be an integer, got \"" + node.asString() + "\"");
            }
        }
        throw new WireFormatException("/version", "version must be an integer or a string of digits");
    }

    static PubStatus pubstatus(String value, String pointer) {
        if (value == null) {
            return PubStatus.USABLE;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "usable" -> PubStatus.USABLE;
            case "withheld" -> PubStatus.WITHHELD;
            case "canceled", "cancelled" -> PubStatus.CANCELED;
            default -> throw new WireFormatException(pointer,
                    "pubstatus must be usable, withheld or canceled, got \"" + value + "\"");
        };
    }

    static Integer urgency(JsonNode node) {
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

    /** Plain text as HTML paragraphs, split at blank lines (or at single line breaks when there are none). */
    static String plainToHtml(String plain) {
        if (plain == null) {
            return null;
        }
        String separator = plain.matches("(?s).*\\R\\s*\\R.*") ? "\\R\\s*\\R" : "\\R";
        StringBuilder out = new StringBuilder();
        for (String paragraph : plain.split(separator)) {
            if (!paragraph.isBlank()) {
                out.append("<p>").append(HtmlUtils.htmlEscape(paragraph.strip(), "UTF-8")).append("</p>\n");
            }
        }
        return out.toString();
    }

    /** An HTML body; a whole document ({@code <html><head>…<body>…}) is reduced to the content of its body. */
    static String htmlBody(String html) {
        if (html == null) {
            return null;
        }
        int start = 0;
        while (start < html.length() && Character.isWhitespace(html.charAt(start))) {
            start++;
        }
        // compared in place: lower-casing a whole body of several KB only to read its first 9 chars cost more than the rest
        if (html.regionMatches(true, start, "<html", 0, 5) || html.regionMatches(true, start, "<!doctype", 0, 9)) {
            return Jsoup.parse(html).body().html();
        }
        return html;
    }

    /**
     * The body of a ninjs 2.x/3.x {@code bodies[]} array: an HTML body first (contenttype text/html or role html),
     * then an NITF one, then plain text.
     *
     * @param contentTypeField {@code contenttype} (2.x) or {@code contentType} (3.x)
     */
    static String bodies(JsonNode bodies, String contentTypeField) {
        if (bodies == null || !bodies.isArray()) {
            return null;
        }
        String nitf = null;
        String plain = null;
        for (int i = 0; i < bodies.size(); i++) {
            JsonNode body = bodies.get(i);
            String value = text(body, "value");
            if (value == null) {
                continue;
            }
            String type = String.valueOf(text(body, contentTypeField)).toLowerCase(Locale.ROOT);
            String role = String.valueOf(text(body, "role")).toLowerCase(Locale.ROOT);
            if (type.contains("html") || role.equals("html") || role.equals("html5")) {
                return htmlBody(value);
            }
            if (nitf == null && (type.contains("nitf") || role.equals("nitf"))) {
                nitf = nitfBody(value, "/bodies/" + i + "/value");
            } else if (plain == null && (type.startsWith("text/plain") || role.equals("text"))) {
                plain = plainToHtml(value);
            }
        }
        return nitf != null ? nitf : plain;
    }

    private static String nitfBody(String xml, String pointer) {
        try {
            String withoutDeclaration = xml.replaceFirst("^\\s*<\\?xml[^>]*\\?>", "");
            return NitfParser.bodyHtml(WireXml.parse(withoutDeclaration.getBytes(StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8).dom().getDocumentElement());
        } catch (WireFormatException e) {
            throw new WireFormatException(pointer, "embedded NITF body: " + e.getMessage());
        }
    }

    /** The {@code role=main} headline of a {@code headlines[]} array, else its first. */
    static String headlines(JsonNode headlines) {
        if (headlines == null || !headlines.isArray()) {
            return null;
        }
        String first = null;
        for (JsonNode headline : headlines) {
            String value = text(headline, "value");
            if (value != null && "main".equals(text(headline, "role"))) {
                return value;
            }
            if (first == null) {
                first = value;
            }
        }
        return first;
    }

    /**
     * ninjs 2.x/3.x concepts ({@code subjects[]}, {@code genres[]}): from an IPTC NewsCodes {@code uri}
     * ({@code …/mediatopic/15000000} → medtop), else {@code literal} or {@code code} under the vocabulary URI it ends
     * {@code uri} with, else the {@code uri} itself; name-only entries are skipped.
     */
    static List<Concept> concepts2(JsonNode array, String pointer) {
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new WireFormatException(pointer, "must be an array of {uri, literal, name}");
        }
        List<Concept> result = new ArrayList<>();
        for (JsonNode item : array) {
            String uri = text(item, "uri");
            String literal = firstText(item, "literal", "code");
            String name = text(item, "name");
            Concept concept = uri != null && uri.contains("cv.iptc.org/newscodes/") ? IptcConcepts.of(uri, name) : null;
            if (concept == null && literal != null) {
                String scheme = uri != null && uri.endsWith(literal) ? uri.substring(0, uri.length() - literal.length()) : null;
                concept = scheme == null ? IptcConcepts.of(literal, name) : new Concept(scheme, literal, name);
            }
            if (concept == null && uri != null) {
                concept = IptcConcepts.of(uri, name);
            }
            if (concept != null) {
                result.add(concept);
            }
        }
        return result;
    }

    /** ninjs 2.x/3.x {@code associations[]}: keyed by each entry's {@code name} (its role), else {@code association-N}. */
    static Map<String, Association> associationArray(JsonNode array) {
        if (array == null || !array.isArray()) {
            return Map.of();
        }
        Map<String, Association> result = new LinkedHashMap<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode entry = array.get(i);
            String uri = text(entry, "uri");
            if (uri != null) {
                String name = text(entry, "name");
                result.putIfAbsent(name == null ? "association-" + (i + 1) : name,
                        new Association(uri, text(entry, "type"), headlines(entry.get("headlines"))));
            }
        }
        return result;
    }
}
