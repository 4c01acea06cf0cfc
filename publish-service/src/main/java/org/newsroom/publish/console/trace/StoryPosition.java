package org.newsroom.publish.console.trace;

/**
 * Where one record of a story lies.
 *
 * @param topic       topic name
 * @param partition   partition
 * @param offset      offset
 * @param timestampMs the record's timestamp, epoch ms
 */
public record StoryPosition(String topic, int partition, long offset, long timestampMs) {
}
