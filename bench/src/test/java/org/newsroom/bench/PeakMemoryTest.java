package org.newsroom.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PeakMemoryTest {

    @Test
    void readsTheHighWaterMarkLineInKibibytes() {
        assertThat(PeakMemory.parse("VmHWM:\t  123456 kB")).isEqualTo(OptionalLong.of(123456L * 1024));
    }

    @Test
    void ignoresOtherLines() {
        assertThat(PeakMemory.parse("VmRSS:\t  1 kB")).isEmpty();
        assertThat(PeakMemory.parse("Name:\tjava")).isEmpty();
    }
}
