package org.newsroom.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TagValueCapsTest {

    @Test
    void newValuesPastTheCapAreDeniedAndKnownOnesStillCount() {
        MeterRegistry registry = new SimpleMeterRegistry();
        registry.config().meterFilter(TagValueCaps.of("agency", "format"));
        for (int i = 0; i < TagValueCaps.MAX_TAG_VALUES + 5; i++) {
            registry.counter("newsroom.records.in", "agency", "a" + i, "format", "ninjs").increment();
        }
        registry.counter("newsroom.records.in", "agency", "a0", "format", "nitf").increment();
        registry.counter("other.meter", "agency", "a" + (TagValueCaps.MAX_TAG_VALUES + 7)).increment();

        assertThat(registry.find("newsroom.records.in").tag("format", "ninjs").counters())
                .hasSize(TagValueCaps.MAX_TAG_VALUES);
        assertThat(registry.find("newsroom.records.in").tags("agency", "a0", "format", "nitf").counter()).isNotNull();
        assertThat(registry.find("other.meter").counters()).hasSize(1);
    }

    /** One filter for several keys keeps exactly the meters that one Micrometer filter per key keeps. */
    @Test
    void behavesAsOneMaximumAllowableTagsFilterPerKey() {
        MeterRegistry combined = new SimpleMeterRegistry();
        combined.config().meterFilter(TagValueCaps.of("agency", "format", "reason"));
        MeterRegistry separate = new SimpleMeterRegistry();
        for (String key : List.of("agency", "format", "reason")) {
            separate.config().meterFilter(MeterFilter.maximumAllowableTags(StageMeters.PREFIX, key,
                    TagValueCaps.MAX_TAG_VALUES, MeterFilter.deny()));
        }
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            String[] tags = {"agency", "a" + random.nextInt(150), "format", "f" + random.nextInt(130),
                    "reason", "r" + random.nextInt(120)};
            combined.counter("newsroom.records.failed", tags).increment();
            separate.counter("newsroom.records.failed", tags).increment();
            combined.timer("newsroom.processing", "agency", tags[1]).record(Duration.ofMillis(i));
            separate.timer("newsroom.processing", "agency", tags[1]).record(Duration.ofMillis(i));
        }

        assertThat(ids(combined)).isNotEmpty().isEqualTo(ids(separate));
    }

    private static List<String> ids(MeterRegistry registry) {
        return registry.getMeters().stream()
                .map(meter -> meter.getId().getName() + meter.getId().getTags() + " " + meter.measure())
                .sorted(Comparator.naturalOrder()).toList();
    }
}
