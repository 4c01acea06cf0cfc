package org.newsroom.publish.console.activity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinuteCountsTest {

    private static final long MINUTE = 60_000;

    @Test
    void countsFallIntoTheirMinuteAndBuckets() {
        long now = System.currentTimeMillis();
        MinuteCounts counts = new MinuteCounts(60);
        counts.add("stage:ingest", now, 2);
        counts.add("stage:ingest", now - MINUTE, 1);
        counts.add("stage:ingest", now - 5 * MINUTE, 4);

        assertThat(counts.counts("stage:ingest", now, 3, 1)).containsExactly(0, 1, 2);
        assertThat(counts.counts("stage:ingest", now, 2, 3)).containsExactly(4, 3);
        assertThat(counts.total("stage:ingest", now, 15)).isEqualTo(7);
        assertThat(counts.counts("stage:enrich", now, 2, 1)).containsExactly(0, 0);
    }

    @Test
    void countsOlderThanTheRingAreDropped() {
        long now = System.currentTimeMillis();
        MinuteCounts counts = new MinuteCounts(10);
        counts.add("stage:ingest", now - 30 * MINUTE, 5);

        assertThat(counts.total("stage:ingest", now, 10)).isZero();
    }

    @Test
    void tooManyValuesOfOneKindAreCountedAsOther() {
        long now = System.currentTimeMillis();
        MinuteCounts counts = new MinuteCounts(10);
        for (int i = 0; i < MinuteCounts.MAX_SERIES_PER_KIND + 5; i++) {
            counts.add("agency:a" + i, now, 1);
        }

        assertThat(counts.totals("agency", now, 10)).hasSize(MinuteCounts.MAX_SERIES_PER_KIND + 1)
                .containsEntry("other", 5L);
    }
}
