package org.newsroom.publish.console.backlog;

/**
 * The backlog of one partition for one group.
 *
 * @param topic     topic name
 * @param partition partition number
 * @param committed committed offset; -1 when none
 * @param end       end offset (read_committed)
 * @param lag       records behind
 * @param status    Burrow-style status over the window
 */
public record PartitionBacklog(String topic, int partition, long committed, long end, long lag,
        BacklogStatus status) {
}
