package org.newsroom.ingest.kafka;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.newsroom.events.Topics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** Declares {@code articles.ingested}; Spring's KafkaAdmin creates it at start-up when missing. */
@Configuration(proxyBeanMethods = false)
class IngestTopics {

    /** Largest record accepted by the topic: a 2 MB story plus headers and JSON overhead. */
    static final String MAX_MESSAGE_BYTES = Integer.toString(5 * 1024 * 1024);

    @Bean
    NewTopic articlesIngested(IngestTopicsProperties properties) {
        return TopicBuilder.name(Topics.ARTICLES_INGESTED)
                .partitions(properties.partitions())
                .replicas(properties.replicas())
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)
                .config(TopicConfig.RETENTION_MS_CONFIG, Long.toString(properties.retention().toMillis()))
                .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, MAX_MESSAGE_BYTES)
                .build();
    }
}
