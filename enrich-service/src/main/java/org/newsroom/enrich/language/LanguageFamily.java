package org.newsroom.enrich.language;

import java.util.Locale;
import java.util.Map;

/**
 * Which language tags name the same language for agreement between the wire and detection: the primary subtags
 * compared, with Norwegian's {@code no}, {@code nb} (Bokmål) and {@code nn} (Nynorsk) taken as one, as detectors
 * confuse the two written standards and agencies tag either.
 */
public final class LanguageFamily {

    private static final Map<String, String> FAMILY = Map.of("nb", "no", "nn", "no");

    private LanguageFamily() {
    }

    /** @return true when both tags are present and name the same language family */
    public static boolean same(String a, String b) {
        return a != null && b != null && family(a).equals(family(b));
    }

    private static String family(String tag) {
        String primary = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        String key = primary.isEmpty() ? tag.strip().toLowerCase(Locale.ROOT) : primary;
        return FAMILY.getOrDefault(key, key);
    }
}
