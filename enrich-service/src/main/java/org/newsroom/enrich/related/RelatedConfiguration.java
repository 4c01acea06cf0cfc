package org.newsroom.enrich.related;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.newsroom.enrich.follow.CompactedTopicFollower;
import org.newsroom.enrich.follow.CompactedTopicHealth;
import org.newsroom.enrich.versions.EnrichedVersions;
import org.springframework.beans.factory.annotation.Qualifier;
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
            RelatedProperties properties, ApplicationEventPublisher events) {
        return new RelatedIndexFollower(index, versions, properties, Clock.systemUTC(), events::publishEvent);
    }

    @Bean
    CompactedTopicFollower relatedIndexTopicFollower(RelatedIndexFollower reader,
            ConsumerFactory<?, ?> consumerFactory) {
        return reader.follower(consumerFactory.getConfigurationProperties());
    }

    /** Health {@code relatedIndex}: phase {@code rebuilding}, then the articles indexed and {@code rebuild_ms}. */
    @Bean
    CompactedTopicHealth relatedIndexHealthIndicator(
            @Qualifier("relatedIndexTopicFollower") CompactedTopicFollower follower, RelatedIndex index) {
        return new CompactedTopicHealth(follower, "rebuilding", "articles", index::size, "rebuild_ms");
    }

    @Bean
    RelatedLinker relatedLinker(RelatedIndex index, MeterRegistry meters) {
        return new RelatedLinker(index, meters);
    }
}
