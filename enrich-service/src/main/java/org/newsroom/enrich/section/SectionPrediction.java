package org.newsroom.enrich.section;

import java.util.Map;

/**
 * What the classifier predicts for one text.
 *
 * @param section       the most probable section; never blank
 * @param probability   its probability, 0.0–1.0
 * @param probabilities every section's probability, best first; never null
 */
public record SectionPrediction(String section, double probability, Map<String, Double> probabilities) {
}
