package org.newsroom.ingest.metrics;

import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the rejected-push counter and caps the distinct values of each free-text tag of the {@code newsroom.*} meters (Micrometer's
 * {@link MeterFilter#maximumAllowableTags}): past the cap, new meters are dropped instead of growing the registry.
 */
@Configuration(proxyBeanMethods = false)
class IngestMetricsConfiguration {

    /** Distinct values allowed per tag key. */
    static final int MAX_TAG_VALUES = 100;

    @Bean
    FilterRegistrationBean<RejectedPushMetricsFilter> rejectedPushMetricsFilter(IngestMetrics metrics) {
        return new FilterRegistrationBean<>(new RejectedPushMetricsFilter(metrics));
    }

    @Bean
    MeterFilter boundedAgencyTag() {
        return MeterFilter.maximumAllowableTags(IngestMetrics.PREFIX, "agency", MAX_TAG_VALUES, MeterFilter.deny());
    }

    @Bean
    MeterFilter boundedFormatTag() {
        return MeterFilter.maximumAllowableTags(IngestMetrics.PREFIX, "format", MAX_TAG_VALUES, MeterFilter.deny());
    }

    @Bean
    MeterFilter boundedLanguageTag() {
        return MeterFilter.maximumAllowableTags(IngestMetrics.PREFIX, "language", MAX_TAG_VALUES, MeterFilter.deny());
    }
}
