package org.newsroom.publish.console.backlog;

import java.util.List;

/**
 * The backlog of one consumer group.
 *
 * @param group      group id
 * @param state      Kafka's group state ({@code Stable}, {@code Empty}, …)
 * @param members    active members
 * @param totalLag   sum of the partitions' lag
 * @param status     the worst partition status
 * @param sampledAtMs when the latest sample was taken, epoch ms
 * @param partitions per partition, by topic and partition
 */
public record GroupBacklog(String group, String state, int members, long totalLag, BacklogStatus status,
        long sampledAtMs, List<PartitionBacklog> partitions) {
}
