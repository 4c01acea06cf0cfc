package org.newsroom.ingest.format.xml;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Makes the entity references of a feed or wire file well-formed XML before parsing, outside comments, CDATA sections,
 * processing instructions and the DOCTYPE:
 * <ul>
 *   <li>an HTML named entity XML does not declare ({@code &nbsp;}, {@code &rsquo;}, …, the WHATWG list) becomes its
 *       numeric character reference;</li>
 *   <li>a bare {@code &} (no entity name and {@code ;} after it) and a reference to an entity no one declares become
 *       {@code &amp;…}, so the text shows as sent instead of the whole document failing.</li>
 * </ul>
 * The five XML entities, numeric references and entities declared in the internal DTD subset are left alone.
 * Characters XML 1.0 forbids (C0 controls other than tab, CR and LF, U+FFFE, U+FFFF, lone surrogates) and numeric
 * references to them are removed everywhere: they carry no text, and one stray control character in an agency's file
 * must not fail the whole document.
 */
final class XmlEntityRepair {

    private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");
    private static final Pattern REFERENCE = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|([A-Za-z_][A-Za-z0-9._-]*));");
    private static final Pattern DECLARED = Pattern.compile("<!ENTITY\\s+(?:%\\s+)?([A-Za-z_][A-Za-z0-9._-]*)");

    private XmlEntityRepair() {
    }

    /** The repaired text; the same instance when nothing needed repair. */
    static String repair(String xml) {
        xml = withoutForbiddenCharacters(xml);
        if (xml.indexOf('&') < 0) {
            return xml;
        }
        Set<String> declared = declaredEntities(xml);
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        int length = xml.length();
        while (i < length) {
            char c = xml.charAt(i);
            if (c == '<') {
                int end = skipMarkupDeclaration(xml, i);
                if (end > i) {
                    i = end;
                    continue;
                }
                i++;
                continue;
            }
            if (c != '&') {
                i++;
                continue;
            }
            Matcher reference = REFERENCE.matcher(xml).region(i, Math.min(length, i + 40));
            String replacement = null;
            int consumed = 1;
            if (reference.lookingAt()) {
                String name = reference.group(1);
                consumed = reference.end() - i;
                if (name == null && isForbiddenReference(reference.group())) {
                    replacement = "";
                } else if (name != null && !XML_ENTITIES.contains(name) && !declared.contains(name)) {
                    replacement = Entities.isNamedEntity(name) ? numeric(Entities.getByName(name)) : "&amp;" + name + ";";
                }
            } else {
                replacement = "&amp;";
            }
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(length + 64);
                }
                out.append(xml, copied, i).append(replacement);
                copied = i + consumed;
            }
            i += consumed;
        }
        if (out == null) {
            return xml;
        }
        return out.append(xml, copied, length).toString();
    }

    private static String withoutForbiddenCharacters(String xml) {
        int length = xml.length();
        int first = 0;
        while (first < length && !isForbidden(xml, first)) {
            first++;
        }
        if (first == length) {
            return xml;
        }
        StringBuilder out = new StringBuilder(length).append(xml, 0, first);
        for (int i = first + 1; i < length; i++) {
            if (!isForbidden(xml, i)) {
                out.append(xml.charAt(i));
            }
        }
        return out.toString();
    }

    /** Whether the char at {@code i} is one XML 1.0 forbids; one comparison for the usual letters below U+D800. */
    private static boolean isForbidden(String xml, int i) {
        char c = xml.charAt(i);
        if (c >= 0x20 && c < Character.MIN_SURROGATE) {
            return false;
        }
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF'
                || (Character.isHighSurrogate(c) && (i + 1 >= xml.length() || !Character.isLowSurrogate(xml.charAt(i + 1))))
                || (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(xml.charAt(i - 1))));
    }

    private static boolean isForbiddenReference(String reference) {
        String digits = reference.substring(2, reference.length() - 1);
        int codePoint;
        try {
            codePoint = digits.startsWith("x") || digits.startsWith("X")
                    ? Integer.parseInt(digits.substring(1), 16) : Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return true;
        }
        return (codePoint < 0x20 && codePoint != 0x9 && codePoint != 0xA && codePoint != 0xD)
                || (codePoint >= 0xD800 && codePoint <= 0xDFFF) || codePoint == 0xFFFE || codePoint == 0xFFFF
                || codePoint > 0x10FFFF;
    }

    private static Set<String> declaredEntities(String xml) {
        int doctype = xml.indexOf("<!DOCTYPE");
        Set<String> names = new HashSet<>();
        if (doctype >= 0) {
            int end = skipMarkupDeclaration(xml, doctype);
            Matcher matcher = DECLARED.matcher(xml).region(doctype, end);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    /** The index after a comment, CDATA section, processing instruction or DOCTYPE starting at {@code at}, else {@code at}. */
    private static int skipMarkupDeclaration(String xml, int at) {
        if (xml.startsWith("<!--", at)) {
            return endOf(xml, at + 4, "-->");
        }
        if (xml.startsWith("<![CDATA[", at)) {
            return endOf(xml, at + 9, "]]>");
        }
        if (xml.startsWith("<?", at)) {
            return endOf(xml, at + 2, "?>");
        }
        if (xml.startsWith("<!DOCTYPE", at)) {
            int i = at + 9;
            boolean inSubset = false;
            char quote = 0;
            while (i < xml.length()) {
                char c = xml.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '[') {
                    inSubset = true;
                } else if (c == ']') {
                    inSubset = false;
                } else if (c == '>' && !inSubset) {
                    return i + 1;
                }
                i++;
            }
            return xml.length();
        }
        return at;
    }

    private static int endOf(String xml, int from, String terminator) {
        int end = xml.indexOf(terminator, from);
        return end < 0 ? xml.length() : end + terminator.length();
    }

    private static String numeric(String characters) {
        StringBuilder out = new StringBuilder();
        characters.codePoints().forEach(cp -> out.append("&#").append(cp).append(';'));
        return out.toString();
    }
}
