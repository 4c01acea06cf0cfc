package org.newsroom.enrich.related;

/**
 * Published once, when the related index has read {@code articles.enriched} up to the end offsets it found at start:
 * enrichment may begin.
 *
 * @param articles  articles in the index
 * @param records   records read, tombstones included
 * @param elapsedMs time the rebuild took, in ms
 */
public record RelatedIndexRebuilt(int articles, long records, long elapsedMs) {
}
