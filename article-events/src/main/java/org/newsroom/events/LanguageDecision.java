package org.newsroom.events;

/**
 * The language enrichment settled on.
 *
 * @param code       BCP 47 tag (e.g. {@code ar}, {@code en}); never blank
 * @param confidence 0.0–1.0; 1.0 when taken from the wire without detection
 * @param source     how it was decided: {@code wire} or {@code detected}
 */
public record LanguageDecision(String code, double confidence, String source) {

    /** @throws IllegalArgumentException when code is blank or confidence is outside 0–1 */
    public LanguageDecision {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("language code must not be blank");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("language confidence must be within 0..1, was " + confidence);
        }
    }
}
