package org.newsroom.enrich.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Derives plain text from body HTML, keeping one blank line between block elements (paragraphs, headings, items). */
public final class BodyText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "tr", "figcaption", "section", "article", "header", "footer", "table", "ul", "ol", "figure");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SPACES = Pattern.compile("[ \\u00A0]+");
    private static final Pattern SPACE_AROUND_BREAK = Pattern.compile(" ?\\n ?");

    private BodyText() {
    }

    /**
     * @param html body HTML; null gives ""
     * @return text with block elements separated by {@code "\n\n"}, {@code <br>} as {@code "\n"}, whitespace collapsed
     */
    public static String of(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return ofParsed(Jsoup.parseBodyFragment(html).body());
    }

    /**
     * @param root a parsed body (or any element); may not be null
     * @return its text, as {@link #of(String)}
     */
    public static String ofParsed(Element root) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        collect(root, blocks, current);
        flush(blocks, current);
        return String.join("\n\n", blocks);
    }

    private static void collect(Node node, List<String> blocks, StringBuilder current) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                current.append(WHITESPACE.matcher(text.getWholeText()).replaceAll(" "));
            } else if (child instanceof Element element) {
                if (element.nameIs("br")) {
                    current.append('\n');
                } else if (element.nameIs("script") || element.nameIs("style")) {
                    continue;
                } else if (BLOCKS.contains(element.normalName())) {
                    flush(blocks, current);
                    collect(element, blocks, current);
                    flush(blocks, current);
                } else {
                    collect(element, blocks, current);
                }
            }
        }
    }

    private static void flush(List<String> blocks, StringBuilder current) {
        String text = SPACE_AROUND_BREAK.matcher(SPACES.matcher(current).replaceAll(" ")).replaceAll("\n").strip();
        if (!text.isEmpty()) {
            blocks.add(text);
        }
        current.setLength(0);
    }
}
