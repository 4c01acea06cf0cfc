package org.newsroom.publish.console.backlog;

/**
 * One observation of a partition.
 *
 * @param atMs      when it was taken, epoch ms
 * @param committed the group's committed offset; -1 when the group has none for the partition
 * @param start     the partition's log start offset (where a group without a commit would begin)
 * @param end       the partition's end offset as a read_committed consumer sees it (last stable offset)
 */
public record OffsetSample(long atMs, long committed, long start, long end) {

    /** Records between the committed position (or the log start) and the end; never negative. */
    public long lag() {
        long position = committed < 0 ? start : committed;
        return Math.max(0, end - position);
    }
}
