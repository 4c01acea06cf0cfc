package org.newsroom.publish.metrics;

import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Caps the distinct values of each free-text tag of the {@code newsroom.*} meters (Micrometer's
 * {@link MeterFilter#maximumAllowableTags}): past the cap, new meters are dropped instead of growing the registry.
 */
@Configuration(proxyBeanMethods = false)
class PublishMetricsConfiguration {

    /** Distinct values allowed per tag key. */
    static final int MAX_TAG_VALUES = 100;

    @Bean
    MeterFilter boundedAgencyTag() {
        return MeterFilter.maximumAllowableTags(PublishMetrics.PREFIX, "agency", MAX_TAG_VALUES, MeterFilter.deny());
    }

    @Bean
    MeterFilter boundedFormatTag() {
        return MeterFilter.maximumAllowableTags(PublishMetrics.PREFIX, "format", MAX_TAG_VALUES, MeterFilter.deny());
    }

    @Bean
    MeterFilter boundedLanguageTag() {
        return MeterFilter.maximumAllowableTags(PublishMetrics.PREFIX, "language", MAX_TAG_VALUES, MeterFilter.deny());
    }

    @Bean
    MeterFilter boundedSectionTag() {
        return MeterFilter.maximumAllowableTags(PublishMetrics.PREFIX, "section", MAX_TAG_VALUES, MeterFilter.deny());
    }

    @Bean
    MeterFilter boundedReasonTag() {
        return MeterFilter.maximumAllowableTags(PublishMetrics.PREFIX, "reason", MAX_TAG_VALUES, MeterFilter.deny());
    }
}
