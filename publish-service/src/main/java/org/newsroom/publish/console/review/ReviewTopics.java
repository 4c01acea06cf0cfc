package org.newsroom.publish.console.review;

import org.apache.kafka.clients.admin.NewTopic;
import org.newsroom.events.Topics;
import org.newsroom.publish.kafka.PublishKafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * Declares {@value Topics#ARTICLES_SECTION_OVERRIDES} (compacted, keyed by URI), which the console writes; enrich
 * declares it the same way.
 */
@Configuration(proxyBeanMethods = false)
class ReviewTopics {

    @Bean
    NewTopic sectionOverridesTopic(PublishKafkaProperties properties) {
        return TopicBuilder.name(Topics.ARTICLES_SECTION_OVERRIDES)
                .partitions(properties.partitions())
                .replicas(properties.replicas())
                .compact()
                .build();
    }
}
