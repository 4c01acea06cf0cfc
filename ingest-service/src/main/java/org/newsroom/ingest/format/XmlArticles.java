package org.newsroom.ingest.format;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsroom.events.Article;

/** Building articles from XML items, turning the contract's validation errors into located wire errors. */
public final class XmlArticles {

    private static final Pattern FIELD = Pattern.compile("^(\\w+)");

    private XmlArticles() {
    }

    /**
     * Builds the article.
     *
     * @param builder  the filled builder
     * @param itemPath the XPath of the item, prefixed to the failing field's name in the error
     * @throws WireFormatException when the article violates the event contract (blank headline, urgency out of range, …)
     */
    public static Article build(Article.Builder builder, String itemPath) {
        try {
            return builder.build();
        } catch (IllegalArgumentException invalid) {
            Matcher field = FIELD.matcher(invalid.getMessage());
            throw new WireFormatException(itemPath + (field.find() ? " (" + field.group(1) + ")" : ""),
                    invalid.getMessage());
        }
    }

    /**
     * Parses a wire version number.
     *
     * @param value    the text; null gives {@code fallbackEpochMs}
     * @param location where it sits, for the error
     * @throws WireFormatException when the text is not a positive integer
     */
    public static long version(String value, long fallbackEpochMs, String location) {
        if (value == null || value.isBlank()) {
            return fallbackEpochMs;
        }
        try {
            long version = Long.parseLong(value.strip());
            if (version < 1) {
                throw new WireFormatException(location, "version must be >= 1, got " + version);
            }
            return version;
        } catch (NumberFormatException e) {
            throw new WireFormatException(location, "version must be an integer, got \"" + value + "\"");
        }
    }

    /**
     * Rejects an item that holds bytes invalid in its document's encoding (decoded as U+FFFD).
     *
     * @param text     the item's text
     * @param location the item's XPath
     * @param charset  the document's encoding name, for the message
     * @throws WireFormatException when {@code text} contains U+FFFD
     */
    public static void requireCleanText(String text, String location, String charset) {
        if (text != null && text.indexOf('\uFFFD') >= 0) {
            throw new WireFormatException(location, "item holds bytes that are not valid " + charset
                    + " (replaced by U+FFFD); the item is refused rather than stored garbled");
        }
    }
}
