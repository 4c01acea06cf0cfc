/**
 * Following a compacted topic into local state, as every enrich instance does for {@code articles.enriched} (the
 * related index) and {@code articles.section-overrides} (the editors' decisions): read from the beginning without a
 * consumer group, know when the state has caught up with the topic, then keep following; started and stopped around
 * the listener containers, with a health indicator for the catch-up.
 */
package org.newsroom.enrich.follow;
