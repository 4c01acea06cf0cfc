/**
 * Kafka side of publishing: the batch listener on {@code articles.enriched}, its dead letters
 * ({@code articles.enriched.DLT}) and the error handler that holds the partition while Elasticsearch is away.
 */
package org.newsroom.publish.kafka;
