package org.newsroom.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesAreReportedInMillisecondsFromMicroseconds() {
        Histogram histogram = Latencies.newHistogram();
        for (int ms = 1; ms <= 100; ms++) {
            Latencies.record(histogram, ms * 1_000_000L);
        }
        Latencies latencies = Latencies.of(histogram);
        assertThat(latencies.count()).isEqualTo(100);
        assertThat(latencies.p50()).isEqualTo(50.0);
        assertThat(latencies.p95()).isEqualTo(95.0);
        assertThat(latencies.p99()).isEqualTo(99.0);
        assertThat(latencies.max()).isEqualTo(100.0);
    }

    @Test
    void valuesOutsideTheRangeAreClampedNotLost() {
        Histogram histogram = Latencies.newHistogram();
        Latencies.record(histogram, -5);
        Latencies.record(histogram, Long.MAX_VALUE);
        assertThat(Latencies.of(histogram).count()).isEqualTo(2);
        assertThat(Latencies.of(histogram).max()).isGreaterThanOrEqualTo(600_000.0);
    }

    @Test
    void anEmptyHistogramGivesZeros() {
        assertThat(Latencies.of(Latencies.newHistogram())).isEqualTo(new Latencies(0, 0, 0, 0, 0));
    }
}
