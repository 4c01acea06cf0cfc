/**
 * Micrometer instrumentation of the ingest stage, exposed at {@code /actuator/prometheus}: stories offered to Kafka,
 * acknowledged and rejected, per agency and wire format, and the time from the agency's request to Kafka's
 * acknowledgement. Metric names and tags: {@code docs/metrics.md}.
 */
package org.newsroom.ingest.metrics;
