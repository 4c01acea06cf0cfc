package org.newsroom.publish.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.newsroom.events.ArticleHeaders;
import org.newsroom.events.Topics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Dead letters and the one error-handling bean of publish. Documents Elasticsearch rejects are dead-lettered by the
 * listener itself (before the batch's offsets are committed); anything the listener throws (Elasticsearch away,
 * 429/5xx past the bulk's own retries) redelivers the whole batch with a growing pause and never gives up — versioned
 * writes make the redelivery harmless.
 */
@Configuration(proxyBeanMethods = false)
class PublishKafkaConfiguration {

    static final String STAGE = "publish";

    @Bean
    NewTopic articlesEnrichedDeadLetters(PublishKafkaProperties properties) {
        return TopicBuilder.name(Topics.deadLetter(Topics.ARTICLES_ENRICHED))
                .partitions(properties.partitions())
                .replicas(properties.replicas())
                .config(TopicConfig.RETENTION_MS_CONFIG, Long.toString(properties.dltRetention().toMillis()))
                .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(Topics.MAX_MESSAGE_BYTES))
                .build();
    }

    @Bean
    DeadLetterPublishingRecoverer deadLetterRecoverer(KafkaTemplate<Object, Object> template) {
        var recoverer = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(Topics.deadLetter(record.topic()), record.partition()));
        recoverer.setHeadersFunction((record, exception) -> {
            Throwable cause = exception.getCause() != null ? exception.getCause() : exception;
            var headers = new RecordHeaders();
            headers.add(ArticleHeaders.DLT_REASON, String.valueOf(cause.getMessage()).getBytes(StandardCharsets.UTF_8));
            headers.add(ArticleHeaders.DLT_STAGE, STAGE.getBytes(StandardCharsets.UTF_8));
            return headers;
        });
        return recoverer;
    }

    /**
     * {@code articles.enriched} is written in transactions: without this, the commit marker after the last record
     * would show as a lag of one forever, and "caught up" could never be observed.
     */
    @Bean
    ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> fixTransactionalOffsets() {
        return container -> container.getContainerProperties().setFixTxOffsets(true);
    }

    @Bean
    DefaultErrorHandler errorHandler(DeadLetterPublishingRecoverer recoverer, PublishKafkaProperties properties) {
        var backOff = new ExponentialBackOff(properties.redeliveryBackoff().toMillis(), 2.0);
        backOff.setMaxInterval(properties.maxRedeliveryBackoff().toMillis());
        return new DefaultErrorHandler(recoverer, backOff);
    }
}
