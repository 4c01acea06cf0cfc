package org.newsroom.enrich.override;

/**
 * Published once, when the {@link SectionOverrideTable} has read {@code articles.section-overrides} up to the end
 * offsets found at start: enrichment may begin.
 *
 * @param overrides URIs with a decision
 * @param records   records read, tombstones included
 * @param elapsedMs time the load took, in ms
 */
public record SectionOverridesLoaded(int overrides, long records, long elapsedMs) {
}
