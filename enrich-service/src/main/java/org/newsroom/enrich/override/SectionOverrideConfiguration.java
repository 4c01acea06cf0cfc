package org.newsroom.enrich.override;

import java.time.Clock;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.newsroom.enrich.follow.CompactedTopicFollower;
import org.newsroom.enrich.follow.CompactedTopicHealth;
import org.newsroom.enrich.kafka.EnrichKafkaProperties;
import org.newsroom.events.Topics;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * Wires the editors' decisions: the table, the follower that loads and keeps it, its health, the re-emitting
 * listener, and the override topic with its dead letters (the console declares the topic the same way).
 */
@Configuration(proxyBeanMethods = false)
class SectionOverrideConfiguration {

    @Bean
    SectionOverrideTable sectionOverrideTable() {
        return new SectionOverrideTable();
    }

    @Bean
    SectionOverrideFollower sectionOverrideFollower(SectionOverrideTable table, ApplicationEventPublisher events) {
        return new SectionOverrideFollower(table, events::publishEvent);
    }

    @Bean
    CompactedTopicFollower sectionOverrideTopicFollower(SectionOverrideFollower reader,
            ConsumerFactory<?, ?> consumerFactory) {
        return reader.follower(consumerFactory.getConfigurationProperties());
    }

    /** Health {@code sectionOverrides}: phase {@code loading}, then the URIs with a decision and {@code load_ms}. */
    @Bean
    CompactedTopicHealth sectionOverridesHealthIndicator(
            @Qualifier("sectionOverrideTopicFollower") CompactedTopicFollower follower, SectionOverrideTable table) {
        return new CompactedTopicHealth(follower, "loading", "overrides", table::size, "load_ms");
    }

    @Bean(destroyMethod = "close")
    EnrichedRecordLookup enrichedRecordLookup(ConsumerFactory<?, ?> consumerFactory) {
        return new EnrichedRecordLookup(consumerFactory.getConfigurationProperties());
    }

    @Bean
    SectionOverrideListener sectionOverrideListener(SectionOverrideTable table, EnrichedRecordLookup lookup,
            KafkaTemplate<String, byte[]> template, DeadLetterPublishingRecoverer deadLetters) {
        return new SectionOverrideListener(table, lookup, template, deadLetters, Clock.systemUTC());
    }

    @Bean
    NewTopic sectionOverridesTopic(EnrichKafkaProperties properties) {
        return TopicBuilder.name(Topics.ARTICLES_SECTION_OVERRIDES)
                .partitions(properties.partitions())
                .replicas(properties.replicas())
                .compact()
                .build();
    }

    @Bean
    NewTopic sectionOverridesDeadLetters(EnrichKafkaProperties properties) {
        return TopicBuilder.name(Topics.deadLetter(Topics.ARTICLES_SECTION_OVERRIDES))
                .partitions(properties.partitions())
                .replicas(properties.replicas())
                .config(TopicConfig.RETENTION_MS_CONFIG, Long.toString(properties.dltRetention().toMillis()))
                .build();
    }
}
