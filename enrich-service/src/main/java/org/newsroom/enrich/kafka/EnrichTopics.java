package org.newsroom.enrich.kafka;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.newsroom.events.Topics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** Declares the topics enrich writes: {@code articles.enriched} (compacted) and {@code articles.ingested.DLT}. */
@Configuration(proxyBeanMethods = false)
class EnrichTopics {

    private static final String MAX_MESSAGE_BYTES = Integer.toString(Topics.MAX_MESSAGE_BYTES);

    @Bean
    NewTopic articlesEnriched(EnrichKafkaProperties properties) {
        return TopicBuilder.name(Topics.ARTICLES_ENRICHED)
                .partitions(properties.partitions())
                .replicas(properties.replicas())
                .compact()
                .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, MAX_MESSAGE_BYTES)
                .build();
    }

    @Bean
    NewTopic articlesIngestedDeadLetters(EnrichKafkaProperties properties) {
        return TopicBuilder.name(Topics.deadLetter(Topics.ARTICLES_INGESTED))
                .partitions(properties.partitions())
                .replicas(properties.replicas())
                .config(TopicConfig.RETENTION_MS_CONFIG, Long.toString(properties.dltRetention().toMillis()))
                .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, MAX_MESSAGE_BYTES)
                .build();
    }
}
