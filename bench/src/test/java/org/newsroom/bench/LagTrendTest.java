package org.newsroom.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LagTrendTest {

    private static List<LagTrend.Sample> line(double perSecond, long offset, int... jitter) {
        List<LagTrend.Sample> samples = new ArrayList<>();
        for (int i = 0; i < jitter.length; i++) {
            samples.add(new LagTrend.Sample(i * 0.5, offset + Math.round(perSecond * i * 0.5) + jitter[i]));
        }
        return samples;
    }

    @Test
    void slopeOfAStraightLineIsItsGrowthPerSecond() {
        assertThat(LagTrend.slopePerSecond(line(40, 100, 0, 0, 0, 0, 0, 0))).isCloseTo(40, within(1e-9));
    }

    @Test
    void aBacklogJitteringAroundAConstantIsNotGrowing() {
        List<LagTrend.Sample> samples = line(0, 150, 0, 80, -60, 90, -70, 40, -50, 60, -30, 10, 20, -40);
        assertThat(LagTrend.growing(samples, 400, 0.05)).isFalse();
    }

    @Test
    void aBacklogGrowingFasterThanTheToleranceIsGrowing() {
        List<LagTrend.Sample> samples = line(60, 0, 0, 5, -5, 3, 0, -2, 4, 0, 1, -3, 2, 0);
        assertThat(LagTrend.growing(samples, 400, 0.05)).isTrue(); // 60/s > 5 % of 400/s
    }

    @Test
    void aWarmUpSpikeInTheFirstThirdIsIgnored() {
        List<LagTrend.Sample> samples = line(0, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        samples.set(0, new LagTrend.Sample(0, 0));
        samples.set(1, new LagTrend.Sample(0.5, 0));
        assertThat(LagTrend.growing(samples, 100, 0.05)).isFalse();
    }

    @Test
    void needsTwoSamplesSpanningTime() {
        assertThatIllegalArgumentException().isThrownBy(() -> LagTrend.slopePerSecond(line(1, 0, 0)));
        assertThatIllegalArgumentException().isThrownBy(() -> LagTrend.slopePerSecond(
                List.of(new LagTrend.Sample(1, 1), new LagTrend.Sample(1, 2))));
    }

    @Test
    void aBacklogDrainingFasterThanTheOfferedRateWasRampUpNotFallingBehind() {
        assertThat(LagTrend.onlyRampUp(257, 1.7, 50, 6)).isTrue(); // 151/s after a 50/s step, 257 ≤ 50/s × 6 s
        assertThat(LagTrend.onlyRampUp(900, 30, 50, 20)).isFalse(); // 30/s: capacity below the rate
        assertThat(LagTrend.onlyRampUp(0, 0, 50, 1)).isTrue();
    }

    @Test
    void aBacklogLargerThanWhatIsInFlightFellBehindHoweverFastItDrained() {
        // the failing input: the long plan's 300/s step, backlog growing by 76/s, 1,842 left, drained in 4.9 s
        // (380/s, ingest idle by then); p99 at 50/s was about 1.5 s, so some 450 stories in flight
        assertThat(LagTrend.onlyRampUp(1842, 4.9, 300, 1.5)).isFalse();
    }
}
