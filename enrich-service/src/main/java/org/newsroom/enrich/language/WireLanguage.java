package org.newsroom.enrich.language;

import java.util.Locale;
import org.newsroom.events.Article;
import org.newsroom.events.LanguageDecision;

/** The language the agency declared, normalised to a lowercase BCP 47 primary tag ({@code ar-EG} → {@code ar}). */
public final class WireLanguage {

    private WireLanguage() {
    }

    /** @return the wire's language with confidence 1.0 and source {@code wire}, or null when the wire has none */
    public static LanguageDecision of(Article article) {
        String tag = article.language();
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String primary = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return primary.isEmpty() ? null : new LanguageDecision(primary, 1.0, "wire");
    }
}
