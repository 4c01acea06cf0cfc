/**
 * Delivering a parsed wire document, whatever brought it (push, feed poll, drop folder): URI ownership per item, one
 * Kafka send for the accepted items (acknowledged before anyone hears "accepted"), one log line per item.
 */
package org.newsroom.ingest.delivery;
