package org.newsroom.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CpuTimeTest {

    @Test
    void addsUserAndSystemTicksCountedAfterTheCommandName() {
        String stat = "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 9512 0 0 0 250 31 0 0 20 0 42 0 1234 0 0";
        assertThat(CpuTime.parse(stat)).hasValue((250 + 31) * 10_000_000L);
    }

    @Test
    void aTruncatedLineHasNoValue() {
        assertThat(CpuTime.parse("4242 (java) S 1 2 3")).isEmpty();
    }
}
