/**
 * Kafka side of enrichment: the transactional listener on {@code articles.ingested}, the enriched topic, and the
 * dead-letter path ({@code articles.ingested.DLT}).
 */
package org.newsroom.enrich.kafka;
