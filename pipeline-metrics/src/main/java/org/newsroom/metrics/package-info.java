/**
 * The {@code newsroom.*} meters every pipeline stage shares (names and tags: {@code docs/metrics.md}): tag values
 * bounded by {@link org.newsroom.metrics.MetricTags}, read from an event's JSON by {@link org.newsroom.metrics.ArticleTags},
 * capped per tag key by {@link org.newsroom.metrics.TagValueCaps}, and the stage's timers and counters built by
 * {@link org.newsroom.metrics.StageMeters}.
 *
 * <p>Plain Java on Micrometer and the Kafka clients: each service's own metrics package instantiates these classes and
 * hooks them into its Spring Kafka or servlet extension points.
 */
package org.newsroom.metrics;
