package org.newsroom.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SustainedRateSearchTest {

    private static final List<Integer> RATES = List.of(25, 50, 100, 200);

    @Test
    void aNoisyFirstAttemptIsRetriedAndTheSearchGoesOn() throws Exception {
        // the failing input of stop 13: the 25/s step failed once on noise, and the figure read 0
        List<String> offered = new ArrayList<>();
        int highest = SustainedRateSearch.highest(RATES, 2, (rate, attempt) -> {
            offered.add(rate + "#" + attempt);
            return !(rate == 25 && attempt == 1) && rate <= 50;
        });
        assertThat(highest).isEqualTo(50);
        assertThat(offered).containsExactly("25#1", "25#2", "50#1", "100#1", "100#2");
    }

    @Test
    void theSearchEndsAtTheFirstRateThatFailsEveryAttempt() throws Exception {
        List<Integer> offered = new ArrayList<>();
        int highest = SustainedRateSearch.highest(RATES, 2, (rate, attempt) -> {
            offered.add(rate);
            return rate != 50;
        });
        assertThat(highest).isEqualTo(25);
        assertThat(offered).containsExactly(25, 50, 50);
    }

    @Test
    void noRateSustainedIsZero() throws Exception {
        assertThat(SustainedRateSearch.highest(RATES, 1, (rate, attempt) -> false)).isZero();
    }

    @Test
    void everyRateSustainedIsTheLast() throws Exception {
        assertThat(SustainedRateSearch.highest(RATES, 2, (rate, attempt) -> true)).isEqualTo(200);
    }

    @Test
    void atLeastOneAttempt() {
        assertThatIllegalArgumentException().isThrownBy(() -> SustainedRateSearch.highest(RATES, 0, (r, a) -> true));
    }
}
