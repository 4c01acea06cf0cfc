package org.newsroom.enrich.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Cleans an article body: Unicode normalization ({@link UnicodeText}), sanitizing to the newsroom policy
 * ({@link BodyHtmlPolicy}), removal of teaser blocks ({@link TeaserPatterns}) and plain text ({@link BodyText}).
 * A teaser block is a paragraph, list item, heading or similar block without nested blocks whose text matches a
 * pattern of the article's language; when its text is only the label ("Related:"), the list right after it goes too.
 * Pure and thread-safe.
 */
@Component
public class BodyCleaner {

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "dt", "dd");
    private static final String BLOCK_SELECTOR = String.join(", ", BLOCKS);

    private final TeaserPatterns teaserPatterns;
    private final int maxTeaserChars;

    /** @param properties the cleaning configuration; may not be null */
    public BodyCleaner(CleanProperties properties) {
        this.teaserPatterns = new TeaserPatterns(properties.teaserPatterns());
        this.maxTeaserChars = properties.maxTeaserChars();
    }

    /**
     * @param bodyHtml the body as sent; null gives an empty body
     * @param language the article's BCP 47 tag, choosing the teaser patterns; null applies every pattern
     * @return the clean body; never null
     */
    public CleanBody clean(String bodyHtml, String language) {
        String sanitized = BodyHtmlPolicy.sanitize(UnicodeText.normalize(bodyHtml));
        if (sanitized.isBlank()) {
            return new CleanBody("", "", List.of());
        }
        Document document = Jsoup.parseBodyFragment(sanitized);
        document.outputSettings().prettyPrint(false);
        Element body = document.body();
        List<String> removed = removeTeasers(body, teaserPatterns.forLanguage(language));
        return new CleanBody(removed.isEmpty() ? sanitized : body.html(), BodyText.ofParsed(body), removed);
    }

    private List<String> removeTeasers(Element body, List<Pattern> patterns) {
        List<String> removed = new ArrayList<>();
        if (patterns.isEmpty()) {
            return removed;
        }
        for (Element block : body.select(BLOCK_SELECTOR)) {
            if (block.parent() == null || hasNestedBlock(block)) {
                continue;
            }
            String text = block.text().strip();
            if (text.isEmpty() || text.length() > maxTeaserChars) {
                continue;
            }
            for (Pattern pattern : patterns) {
                Matcher matcher = pattern.matcher(text);
                if (matcher.lookingAt()) {
                    removed.add(removeTeaser(block, text, labelOnly(text, matcher.end())));
                    break;
                }
            }
        }
        return removed;
    }

    private static String removeTeaser(Element block, String text, boolean labelOnly) {
        Element next = block.nextElementSibling();
        block.remove();
        if (labelOnly && next != null && (next.nameIs("ul") || next.nameIs("ol"))) {
            String links = String.join("; ", next.select("li").eachText());
            next.remove();
            return text + " " + links;
        }
        return text;
    }

    private static boolean labelOnly(String text, int matchEnd) {
        return text.substring(matchEnd).replaceAll("[\\s:：|]", "").isEmpty();
    }

    private static boolean hasNestedBlock(Element block) {
        for (Element descendant : block.select(BLOCK_SELECTOR)) {
            if (descendant != block) {
                return true;
            }
        }
        return false;
    }
}
