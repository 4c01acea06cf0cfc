package org.newsroom.enrich.language;

/**
 * What a language detector found.
 *
 * @param code       BCP 47 primary tag ({@code ar}, {@code en}, {@code nb}, …), or ISO 639-3 where the language has no
 *                   two-letter code; never blank
 * @param confidence 0.0–1.0, the detector's probability of {@code code}
 */
public record Detection(String code, double confidence) {
}
