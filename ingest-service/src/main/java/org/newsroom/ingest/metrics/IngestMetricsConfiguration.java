package org.newsroom.ingest.metrics;

import io.micrometer.core.instrument.config.MeterFilter;
import org.newsroom.metrics.TagValueCaps;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers the rejected-push counter and caps the distinct values of each free-text tag of the {@code newsroom.*}
 * meters ({@link TagValueCaps}): past the cap, new meters are dropped instead of growing the registry.
 */
@Configuration(proxyBeanMethods = false)
class IngestMetricsConfiguration {

    @Bean
    FilterRegistrationBean<RejectedPushMetricsFilter> rejectedPushMetricsFilter(IngestMetrics metrics) {
        var registration = new FilterRegistrationBean<>(new RejectedPushMetricsFilter(metrics));
        // before the push API's load shedding (the last filter), so that its 503s are counted too
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    @Bean
    MeterFilter boundedTags() {
        return TagValueCaps.of("agency", "format", "language");
    }
}
