package org.newsroom.ingest.metrics;

import io.micrometer.core.instrument.config.MeterFilter;
import org.newsroom.metrics.TagValueCaps;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the rejected-push counter and caps the distinct values of each free-text tag of the {@code newsroom.*}
 * meters ({@link TagValueCaps}): past the cap, new meters are dropped instead of growing the registry.
 */
@Configuration(proxyBeanMethods = false)
class IngestMetricsConfiguration {

    @Bean
    FilterRegistrationBean<RejectedPushMetricsFilter> rejectedPushMetricsFilter(IngestMetrics metrics) {
        return new FilterRegistrationBean<>(new RejectedPushMetricsFilter(metrics));
    }

    @Bean
    MeterFilter boundedTags() {
        return TagValueCaps.of("agency", "format", "language");
    }
}
