package org.newsroom.enrich.metrics;

import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Caps the distinct values of each free-text tag of the {@code newsroom.*} meters (Micrometer's
 * {@link MeterFilter#maximumAllowableTags}): past the cap, new meters are dropped instead of growing the registry.
 */
@Configuration(proxyBeanMethods = false)
class EnrichMetricsConfiguration {

    /** Distinct values allowed per tag key. */
    static final int MAX_TAG_VALUES = 100;

    @Bean
    MeterFilter boundedAgencyTag() {
        return MeterFilter.maximumAllowableTags(EnrichMetrics.PREFIX, "agency", MAX_TAG_VALUES, MeterFilter.deny());
    }

    @Bean
    MeterFilter boundedFormatTag() {
        return MeterFilter.maximumAllowableTags(EnrichMetrics.PREFIX, "format", MAX_TAG_VALUES, MeterFilter.deny());
    }

    @Bean
    MeterFilter boundedLanguageTag() {
        return MeterFilter.maximumAllowableTags(EnrichMetrics.PREFIX, "language", MAX_TAG_VALUES, MeterFilter.deny());
    }

    @Bean
    MeterFilter boundedSectionTag() {
        return MeterFilter.maximumAllowableTags(EnrichMetrics.PREFIX, "section", MAX_TAG_VALUES, MeterFilter.deny());
    }

    @Bean
    MeterFilter boundedReasonTag() {
        return MeterFilter.maximumAllowableTags(EnrichMetrics.PREFIX, "reason", MAX_TAG_VALUES, MeterFilter.deny());
    }
}
