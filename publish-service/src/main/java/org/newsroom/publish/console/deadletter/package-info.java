/**
 * Dead letters per {@code *.DLT} topic: listed with their reason headers ({@code newsroom-dlt-reason},
 * {@code newsroom-dlt-stage}, Spring Kafka's {@code kafka_dlt-*}), payload viewable, replayed one or all to the source
 * topic, every replay audited (structured log line, the audit topic, a counter).
 */
package org.newsroom.publish.console.deadletter;
