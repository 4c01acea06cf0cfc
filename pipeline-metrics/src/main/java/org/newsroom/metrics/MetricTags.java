package org.newsroom.metrics;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalizes tag values so that a metric's cardinality stays bounded whatever a wire document says: values are
 * lower-cased, must look like a short token ({@code [a-z0-9._-]{1,40}}) or become {@value #OTHER}; a missing value is
 * {@value #UNKNOWN}. {@link TagValueCaps} caps the number of distinct values on top of this.
 */
public final class MetricTags {

    /** The value of a missing tag. */
    public static final String UNKNOWN = "unknown";
    /** The value of a tag that is not a short token. */
    public static final String OTHER = "other";
    /** The {@code section} of a story no stage has classified yet. */
    public static final String NO_SECTION = "none";

    private static final Pattern TOKEN = Pattern.compile("[a-z0-9._-]{1,40}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private MetricTags() {
    }

    /** An agency id, wire format or reason as a tag value. */
    public static String token(String value) {
        if (value == null || value.isBlank()) {
            return UNKNOWN;
        }
        String lower = value.strip().toLowerCase(Locale.ROOT);
        return TOKEN.matcher(lower).matches() ? lower : OTHER;
    }

    /** A BCP 47 tag reduced to its primary language subtag ({@code ar-EG} → {@code ar}). */
    public static String language(String tag) {
        if (tag == null || tag.isBlank()) {
            return UNKNOWN;
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return LANGUAGE.matcher(primary).matches() ? primary : OTHER;
    }

    /** An exception as a {@code reason} tag value: its simple class name, as a token. */
    public static String reason(Throwable exception) {
        return token(exception.getClass().getSimpleName());
    }
}
