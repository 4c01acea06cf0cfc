package org.newsroom.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import java.util.List;

/**
 * Caps the distinct values of free-text tags of the {@code newsroom.*} meters at {@value #MAX_TAG_VALUES} per tag key,
 * with Micrometer's {@link MeterFilter#maximumAllowableTags}: past the cap, new meters are denied instead of growing
 * the registry. One {@link MeterFilter} for several keys, which behaves as that many filters registered one after the
 * other (maps chained, the first non-neutral {@code accept} wins, configurations chained), so a service declares it
 * as a single bean.
 */
public final class TagValueCaps implements MeterFilter {

    /** Distinct values allowed per tag key. */
    public static final int MAX_TAG_VALUES = 100;

    private final List<MeterFilter> caps;

    private TagValueCaps(List<MeterFilter> caps) {
        this.caps = caps;
    }

    /**
     * @param tagKeys the tag keys to cap, e.g. {@code agency}, {@code format}
     * @return a filter capping each key of the meters named {@value StageMeters#PREFIX}{@code *}
     */
    public static TagValueCaps of(String... tagKeys) {
        return new TagValueCaps(List.of(tagKeys).stream()
                .map(key -> MeterFilter.maximumAllowableTags(StageMeters.PREFIX, key, MAX_TAG_VALUES,
                        MeterFilter.deny()))
                .toList());
    }

    @Override
    public MeterFilterReply accept(Meter.Id id) {
        for (MeterFilter cap : caps) {
            MeterFilterReply reply = cap.accept(id);
            if (reply != MeterFilterReply.NEUTRAL) {
                return reply;
            }
        }
        return MeterFilterReply.NEUTRAL;
    }

    @Override
    public Meter.Id map(Meter.Id id) {
        Meter.Id mapped = id;
        for (MeterFilter cap : caps) {
            mapped = cap.map(mapped);
        }
        return mapped;
    }

    @Override
    public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
        DistributionStatisticConfig configured = config;
        for (MeterFilter cap : caps) {
            DistributionStatisticConfig next = cap.configure(id, configured);
            if (next != null) {
                configured = next;
            }
        }
        return configured;
    }
}
