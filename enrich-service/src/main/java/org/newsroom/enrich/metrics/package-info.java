/**
 * Micrometer instrumentation of the enrich stage, exposed at {@code /actuator/prometheus}, hooked in through Spring
 * Kafka's own extension points (a {@code BatchInterceptor} on the listener container, a {@code ProducerListener} on the
 * template) so the listener stays free of metrics code. Metric names and tags: {@code docs/metrics.md}.
 */
package org.newsroom.enrich.metrics;
