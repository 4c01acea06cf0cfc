package org.newsroom.enrich.metrics;

import io.micrometer.core.instrument.config.MeterFilter;
import org.newsroom.metrics.TagValueCaps;
import org.newsroom.metrics.spring.PollMetricsInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.BatchInterceptor;

/**
 * Caps the distinct values of each free-text tag of the {@code newsroom.*} meters ({@link TagValueCaps}): past the
 * cap, new meters are dropped instead of growing the registry.
 */
@Configuration(proxyBeanMethods = false)
class EnrichMetricsConfiguration {

    /** Counts and times each poll of the enrich listener (Spring Boot applies it to the container factory). */
    @Bean
    BatchInterceptor<Object, Object> pollMetricsInterceptor(EnrichMetrics metrics) {
        return new PollMetricsInterceptor(metrics);
    }

    @Bean
    MeterFilter boundedTags() {
        return TagValueCaps.of("agency", "format", "language", "section", "reason");
    }
}
