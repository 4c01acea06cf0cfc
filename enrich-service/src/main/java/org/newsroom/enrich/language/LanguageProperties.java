package org.newsroom.enrich.language;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Language settling, prefix {@code newsroom.enrich.language}.
 *
 * @param overrideConfidence detection replaces a disagreeing wire tag only at or above this probability; below it the
 *                           detector counts as unsure and the wire's tag stays; default 0.5, range 0–1 (on our
 *                           corpora OpenNLP's wrong answers all stayed under 0.32, while 300 characters of clean news
 *                           text typically score 0.7–0.9)
 * @param minTextChars       texts shorter than this many characters are not detected at all; default 40, at least 1
 * @param maxDetectChars     characters of headline + body the detector reads; default 300, at least 1 (accuracy on
 *                           our corpora was the same at 300 and 1,000 characters, at less than half the cost);
 *                           used when the wire sent no tag, so detection alone decides
 * @param maxConfirmChars    characters read first when the wire sent a tag: when their detection agrees with the tag,
 *                           it is recorded and nothing more is read; when it disagrees, {@code maxDetectChars} are
 *                           read and decide; default 150, at least 1 (cost is linear in length: half that of 300;
 *                           OpenNLP's probabilities are lower on shorter text, e.g. 0.25 instead of 0.8 for Arabic)
 */
@Validated
@ConfigurationProperties("newsroom.enrich.language")
public record LanguageProperties(
        @DefaultValue("0.5") @DecimalMin("0") @DecimalMax("1") double overrideConfidence,
        @DefaultValue("40") @Positive int minTextChars,
        @DefaultValue("300") @Positive int maxDetectChars,
        @DefaultValue("150") @Positive int maxConfirmChars) {

    /** The defaults, as an empty configuration binds. */
    public static LanguageProperties defaults() {
        return new LanguageProperties(0.5, 40, 300, 150);
    }
}
