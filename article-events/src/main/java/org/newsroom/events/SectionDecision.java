package org.newsroom.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The site section enrichment settled on, and why.
 *
 * @param name        one of the site's sections ({@code politics}, {@code business}, …); never blank
 * @param confidence  0.0–1.0
 * @param decidedBy   {@code agency-subject}, {@code rule}, {@code classifier} or {@value #EDITOR}
 * @param reason      what decided it: the codes matched, or the classifier's top classes; may be null
 * @param needsReview true when an editor should confirm it (classifier below its threshold)
 * @param probabilities the classifier's top sections with their probabilities (0.0–1.0), best first; empty when a
 *                      rule decided; never null
 */
public record SectionDecision(
        String name,
        double confidence,
        @JsonProperty("decided_by") String decidedBy,
        String reason,
        @JsonProperty("needs_review") boolean needsReview,
        Map<String, Double> probabilities) {

    /** {@code decided_by} of an editor's decision ({@link SectionOverride}). */
    public static final String EDITOR = "editor";

    /** @throws IllegalArgumentException when name or decidedBy is blank or confidence is outside 0–1 */
    public SectionDecision {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("section name must not be blank");
        }
        if (decidedBy == null || decidedBy.isBlank()) {
            throw new IllegalArgumentException("section decided_by must not be blank");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("section confidence must be within 0..1, was " + confidence);
        }
        probabilities = probabilities == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(probabilities));
    }

    /** A decision by a rule, without class probabilities. */
    public SectionDecision(String name, double confidence, String decidedBy, String reason, boolean needsReview) {
        this(name, confidence, decidedBy, reason, needsReview, null);
    }
}
