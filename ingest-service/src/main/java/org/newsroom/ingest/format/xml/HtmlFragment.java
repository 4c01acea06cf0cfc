package org.newsroom.ingest.format.xml;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Writes the content of an XHTML or NITF element as an HTML fragment: elements by local name (no prefixes or
 * namespace declarations), attributes kept, text escaped. Text that arrived double-escaped ({@code o&amp;#39;clock},
 * i.e. {@code &#39;} still literal after XML decoding) is unescaped exactly once.
 */
public final class HtmlFragment {

    private static final Set<String> VOID = Set.of("br", "hr", "img", "input", "meta", "link", "area", "base", "col",
            "embed", "param", "source", "track", "wbr");
    private static final Pattern LITERAL_REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

    private HtmlFragment() {
    }

    /**
     * The children of {@code element} as HTML.
     *
     * @param element the container ({@code html:body}, {@code body.content}, …); may be null
     * @return the HTML, stripped; null when {@code element} is null or has no content
     */
    public static String innerHtml(Element element) {
        if (element == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            write(node, out);
        }
        String html = out.toString().strip();
        return html.isEmpty() ? null : html;
    }

    private static void write(Node node, StringBuilder out) {
        switch (node.getNodeType()) {
            case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> escape(unescapeOnce(node.getNodeValue()), out);
            case Node.ELEMENT_NODE -> writeElement((Element) node, out);
            default -> {
                // comments and processing instructions are not content
            }
        }
    }

    private static void writeElement(Element element, StringBuilder out) {
        String name = XmlElements.localName(element).toLowerCase(Locale.ROOT);
        out.append('<').append(name);
        var attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            String attributeName = attribute.getNodeName();
            if (attributeName.equals("xmlns") || attributeName.startsWith("xmlns:")) {
                continue;
            }
            String local = attribute.getLocalName() != null ? attribute.getLocalName() : attributeName;
            out.append(' ').append(local).append("=\"");
            escape(unescapeOnce(attribute.getNodeValue()), out);
            out.append('"');
        }
        out.append('>');
        if (VOID.contains(name) && !element.hasChildNodes()) {
            return;
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            write(child, out);
        }
        out.append("</").append(name).append('>');
    }

    /**
     * Appends {@code text} with {@code & < > " '} escaped, the others as they are (the fragment is UTF-8): what
     * {@code HtmlUtils.htmlEscape(text, "UTF-8")} writes, without its per-character table lookup.
     */
    static void escape(String text, StringBuilder out) {
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            String reference = switch (text.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (reference != null) {
                out.append(text, copied, i).append(reference);
                copied = i + 1;
            }
        }
        out.append(text, copied, text.length());
    }

    private static String unescapeOnce(String text) {
        return LITERAL_REFERENCE.matcher(text).find() ? HtmlUtils.htmlUnescape(text) : text;
    }
}
