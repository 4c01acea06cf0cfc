/**
 * The {@code newsroom.*} meters every pipeline stage shares (names and tags: {@code docs/metrics.md}): tag values
 * bounded by {@link org.newsroom.metrics.MetricTags}, read from an event's JSON by {@link org.newsroom.metrics.ArticleTags},
 * capped per tag key by {@link org.newsroom.metrics.TagValueCaps}, and the stage's timers and counters built by
 * {@link org.newsroom.metrics.StageMeters}.
 *
 * <p>Plain Java on Micrometer and the Kafka clients: each service's own metrics package instantiates these classes and
 * hooks them into its servlet or producer extension points; a stage's {@link org.newsroom.metrics.PollMetrics} goes
 * into Spring Kafka through the one Spring class of this module, {@code spring.PollMetricsInterceptor}.
 */
package org.newsroom.metrics;
