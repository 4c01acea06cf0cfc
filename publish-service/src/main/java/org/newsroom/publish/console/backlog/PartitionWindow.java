package org.newsroom.publish.console.backlog;

import java.util.ArrayDeque;
import java.util.List;

/** The last {@code size} samples of one partition, oldest first. Not thread-safe: guarded by its monitor. */
final class PartitionWindow {

    private final int size;
    private final ArrayDeque<OffsetSample> samples;

    PartitionWindow(int size) {
        this.size = size;
        this.samples = new ArrayDeque<>(size);
    }

    void add(OffsetSample sample) {
        if (samples.size() == size) {
            samples.removeFirst();
        }
        samples.addLast(sample);
    }

    List<OffsetSample> samples() {
        return List.copyOf(samples);
    }
}
