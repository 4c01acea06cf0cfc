package org.newsroom.enrich.related;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.newsroom.enrich.versions.EnrichedVersions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * Wires the related index, the follower that rebuilds and keeps it (and the {@link EnrichedVersions} it feeds), its
 * health and the linking step.
 */
@Configuration(proxyBeanMethods = false)
class RelatedConfiguration {

    @Bean(destroyMethod = "close")
    RelatedIndex relatedIndex(RelatedProperties properties) {
        return new RelatedIndex(properties, Clock.systemUTC());
    }

    @Bean
    EnrichedVersions enrichedVersions() {
        return new EnrichedVersions();
    }

    @Bean
    RelatedIndexFollower relatedIndexFollower(RelatedIndex index, EnrichedVersions versions,
            ConsumerFactory<?, ?> consumerFactory, RelatedProperties properties, ApplicationEventPublisher events) {
        return new RelatedIndexFollower(index, versions, consumerFactory.getConfigurationProperties(), properties,
                Clock.systemUTC(), events::publishEvent);
    }

    @Bean
    RelatedIndexHealth relatedIndexHealthIndicator(RelatedIndexFollower follower, RelatedIndex index) {
        return new RelatedIndexHealth(follower, index);
    }

    @Bean
    RelatedLinker relatedLinker(RelatedIndex index, MeterRegistry meters) {
        return new RelatedLinker(index, meters);
    }
}
