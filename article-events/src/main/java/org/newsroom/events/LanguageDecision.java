package org.newsroom.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The language enrichment settled on.
 *
 * @param code               BCP 47 tag (e.g. {@code ar}, {@code en}); never blank
 * @param confidence         0.0–1.0: the detector's probability when detection decided or agreed with the wire;
 *                           1.0 when taken from the wire without (or against an unsure) detection
 * @param source             how it was decided: {@code wire} or {@code detected}
 * @param detected           what the detector found, whatever was settled; null when detection did not run (text too
 *                           short)
 * @param detectedConfidence the detector's probability of {@code detected}, 0.0–1.0; null when {@code detected} is
 */
public record LanguageDecision(
        String code,
        double confidence,
        String source,
        String detected,
        @JsonProperty("detected_confidence") Double detectedConfidence) {

    /** @throws IllegalArgumentException when code is blank or a confidence is outside 0–1 */
    public LanguageDecision {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("language code must not be blank");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("language confidence must be within 0..1, was " + confidence);
        }
        if (detectedConfidence != null && (detectedConfidence < 0 || detectedConfidence > 1)) {
            throw new IllegalArgumentException("language detected_confidence must be within 0..1, was "
                    + detectedConfidence);
        }
    }

    /** A decision without a detection result (wire only). */
    public LanguageDecision(String code, double confidence, String source) {
        this(code, confidence, source, null, null);
    }
}
