/**
 * Backlog per consumer group, judged in the spirit of LinkedIn's Burrow ("Consumer Lag Evaluation Rules", Burrow wiki):
 * not against a fixed threshold but from a sliding window of committed offsets and end offsets per partition, sampled
 * through the Kafka AdminClient.
 */
package org.newsroom.publish.console.backlog;
