package org.newsroom.enrich.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.newsroom.events.ArticleFormatException;
import org.newsroom.events.ArticleHeaders;
import org.newsroom.events.Topics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The one error-handling bean of enrich: after a rolled-back transaction the record is retried in place (blocking,
 * so a URI's versions keep their order); permanent failures and exhausted retries go to {@code <topic>.DLT}, same
 * partition, with {@code newsroom-dlt-reason} and {@code newsroom-dlt-stage} headers; the dead letter is written and the
 * offset committed in one transaction.
 */
@Configuration(proxyBeanMethods = false)
class EnrichErrorHandling {

    static final String STAGE = "enrich";

    @Bean
    DefaultAfterRollbackProcessor<Object, Object> afterRollbackProcessor(KafkaTemplate<Object, Object> template,
            EnrichKafkaProperties properties) {
        var recoverer = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(Topics.deadLetter(record.topic()), record.partition()));
        recoverer.setHeadersFunction((record, exception) -> {
            Throwable cause = exception.getCause() != null ? exception.getCause() : exception;
            var headers = new RecordHeaders();
            headers.add(ArticleHeaders.DLT_REASON, String.valueOf(cause.getMessage()).getBytes(StandardCharsets.UTF_8));
            headers.add(ArticleHeaders.DLT_STAGE, STAGE.getBytes(StandardCharsets.UTF_8));
            return headers;
        });
        var processor = new DefaultAfterRollbackProcessor<>(recoverer,
                new FixedBackOff(properties.retryInterval().toMillis(), properties.retries()), template, true);
        processor.addNotRetryableExceptions(ArticleFormatException.class);
        return processor;
    }
}
