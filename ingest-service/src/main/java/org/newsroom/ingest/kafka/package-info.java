/** Producing accepted articles to {@code articles.ingested}: idempotent, acks=all, acknowledged before the agency hears 202. */
package org.newsroom.ingest.kafka;
