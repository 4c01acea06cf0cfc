package org.newsroom.publish.metrics;

import io.micrometer.core.instrument.config.MeterFilter;
import org.newsroom.metrics.TagValueCaps;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Caps the distinct values of each free-text tag of the {@code newsroom.*} meters ({@link TagValueCaps}): past the
 * cap, new meters are dropped instead of growing the registry.
 */
@Configuration(proxyBeanMethods = false)
class PublishMetricsConfiguration {

    @Bean
    MeterFilter boundedTags() {
        return TagValueCaps.of("agency", "format", "language", "section", "reason");
    }
}
