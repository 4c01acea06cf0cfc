/**
 * Micrometer instrumentation of the publish stage, exposed at {@code /actuator/prometheus}: records in (a
 * {@code BatchInterceptor}), out and rejected (the listener reports each bulk item's outcome), dead-lettered (a
 * {@code ProducerListener}), and the end-to-end latency from {@code newsroom-received-at} to the bulk
 * acknowledgement. Metric names and tags: {@code docs/metrics.md}.
 */
package org.newsroom.publish.metrics;
