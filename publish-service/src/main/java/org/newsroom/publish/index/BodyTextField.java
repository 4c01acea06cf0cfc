package org.newsroom.publish.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which field of the article document holds its cleaned body text. Each analyzed language has a body field of its
 * own ({@code body_text_ar}: Arabic normalization and light stemming; {@code body_text_en}: English stemming), and
 * every other language goes to {@value #NEUTRAL} (language-neutral analysis), so Elasticsearch analyzes a body once,
 * with its own language's analyzer, instead of once per analyzer. With the three analyses of the former multi-field
 * mapping, a bulk of the bench's corpus cost Elasticsearch 1.3–1.5 ms of CPU per document; with one, 0.6–0.7
 * (docs/performance.md). The headline, a few words, keeps one sub-field per language.
 */
public final class BodyTextField {

    /** The body field of a language without an analyzer of its own, and the name the read API returns it under. */
    public static final String NEUTRAL = "body_text";

    /**
     * Languages (BCP 47 primary subtags) with a body field {@code body_text_<language>} and a headline sub-field
     * {@code headline.<language>} in {@code index/articles-template.json}.
     */
    public static final List<String> ANALYZED_LANGUAGES = List.of("ar", "en");

    private BodyTextField() {
    }

    /**
     * @param languageTag the article's BCP 47 language tag, any case ({@code ar}, {@code ar-EG}); null when unknown
     * @return {@code body_text_<primary subtag>} for an analyzed language, else {@value #NEUTRAL}
     */
    public static String of(String languageTag) {
        if (languageTag == null) {
            return NEUTRAL;
        }
        String primary = languageTag.strip().toLowerCase(Locale.ROOT).split("-", 2)[0];
        return ANALYZED_LANGUAGES.contains(primary) ? forAnalyzed(primary) : NEUTRAL;
    }

    /**
     * @param language one of {@link #ANALYZED_LANGUAGES}
     * @return its body field, {@code body_text_<language>}
     */
    public static String forAnalyzed(String language) {
        return NEUTRAL + "_" + language;
    }

    /** @return every body field: the analyzed languages' in {@link #ANALYZED_LANGUAGES} order, then the neutral */
    public static List<String> all() {
        List<String> fields = new ArrayList<>();
        ANALYZED_LANGUAGES.forEach(language -> fields.add(forAnalyzed(language)));
        fields.add(NEUTRAL);
        return fields;
    }
}
