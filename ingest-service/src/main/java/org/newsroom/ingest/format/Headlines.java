package org.newsroom.ingest.format;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Derives a headline for a story the agency sent without one: the first sentence of the body's first non-empty block
 * (paragraph, heading, list item), cut at a word boundary to at most {@value #MAX_LENGTH} characters (Superdesk's rule
 * is the first 100 characters). Sentence ends are {@code . ! ?} and the Arabic question mark {@code ؟}, followed by
 * white space.
 */
public final class Headlines {

    /** The warning a parsed item carries when its headline was derived. */
    public static final String DERIVED_WARNING = "headline missing on the wire: derived from the first sentence of the body";

    static final int MAX_LENGTH = 100;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?\u061F])\\s");

    private Headlines() {
    }

    /**
     * The first sentence of an HTML body as plain text.
     *
     * @param bodyHtml the body; may be null
     * @return the headline, or null when the body has no text
     */
    public static String fromBody(String bodyHtml) {
        if (bodyHtml == null || bodyHtml.isBlank()) {
            return null;
        }
        var body = Jsoup.parseBodyFragment(bodyHtml).body();
        String text = body.select("p, h1, h2, h3, h4, h5, h6, li, blockquote").stream()
                .map(block -> block.text().strip())
                .filter(block -> !block.isEmpty())
                .findFirst()
                .orElse(body.text().strip());
        if (text.isEmpty()) {
            return null;
        }
        String sentence = SENTENCE_END.split(text, 2)[0].strip();
        if (sentence.length() <= MAX_LENGTH) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', MAX_LENGTH - 1);
        return sentence.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH - 1).strip() + "\u2026";
    }
}
