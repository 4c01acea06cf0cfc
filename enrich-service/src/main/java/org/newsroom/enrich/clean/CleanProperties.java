package org.newsroom.enrich.clean;

import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Body cleaning, prefix {@code newsroom.enrich.clean}.
 *
 * @param teaserPatterns  teaser-line regular expressions by language ({@code any}, {@code en}, {@code ar}, …; see
 *                        {@link TeaserPatterns}); setting the key replaces the built-in {@link TeaserPatterns#DEFAULTS}
 *                        as a whole; a pattern that does not compile stops startup
 * @param maxTeaserChars  a block longer than this many characters (after trimming) is never taken for a teaser, so a
 *                        real paragraph that happens to start like one survives; default 300, at least 1
 */
@Validated
@ConfigurationProperties("newsroom.enrich.clean")
public record CleanProperties(
        Map<String, List<String>> teaserPatterns,
        @DefaultValue("300") @Positive int maxTeaserChars) {

    /** The defaults, as an empty configuration binds. */
    public static CleanProperties defaults() {
        return new CleanProperties(null, 300);
    }
}
