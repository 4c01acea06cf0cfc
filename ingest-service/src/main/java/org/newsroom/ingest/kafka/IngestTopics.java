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

    /**
     * Largest record batch the topic accepts ({@code max.message.bytes}), in bytes: 8 MiB, equal to the producer's
     * {@code max.request.size} in application.yml. A 2 MB request body can grow when decoded and re-encoded as JSON
     * (a windows-1252 byte becomes up to 3 UTF-8 bytes, a quote gains a backslash), so the limit is 4 times the default
     * body limit; {@code IngestLimitsTest} checks they stay consistent.
     */
    public static final int MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

    /** Largest record value ingest sends: {@link #MAX_MESSAGE_BYTES} less room for key, headers and batch overhead. */
    static final int MAX_RECORD_VALUE_BYTES = MAX_MESSAGE_BYTES - 64 * 1024;

    @Bean
    NewTopic articlesIngested(IngestTopicsProperties properties) {
        return TopicBuilder.name(Topics.ARTICLES_INGESTED)
                .partitions(properties.partitions())
                .replicas(properties.replicas())
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)
                .config(TopicConfig.RETENTION_MS_CONFIG, Long.toString(properties.retention().toMillis()))
                .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(MAX_MESSAGE_BYTES))
                .build();
    }
}
