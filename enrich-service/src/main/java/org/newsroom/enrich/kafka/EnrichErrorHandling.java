package org.newsroom.enrich.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.newsroom.events.ArticleHeaders;
import org.newsroom.events.Topics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Error handling of enrich, in two layers. The listener decides about each record ({@link EnrichListener}): one that
 * cannot be enriched at all, or keeps failing, it writes with this recoverer to {@code <topic>.DLT}, same partition,
 * with {@code newsroom-dlt-reason} and {@code newsroom-dlt-stage} headers, in the poll's transaction (the dead letter
 * and the offset commit together). Whatever the listener throws rolls the poll's transaction back; the after-rollback
 * processor then seeks back to the poll's first offsets and redelivers it after {@code retry-interval}, without limit
 * (Kafka being away is no reason to dead-letter good articles).
 *
 * <p>Not the {@code DefaultErrorHandler} with {@code BatchListenerFailedException}: in a transactional container it
 * commits the offsets before the failed record with {@code Consumer.commitSync}, outside the transaction that is then
 * rolled back, so a crash before the redelivery would lose those records' enriched output.
 */
@Configuration(proxyBeanMethods = false)
class EnrichErrorHandling {

    static final String STAGE = "enrich";

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

    @Bean
    DefaultAfterRollbackProcessor<Object, Object> afterRollbackProcessor(EnrichKafkaProperties properties) {
        // unlimited attempts: the listener dead-letters a record that keeps failing, so what is left is Kafka's
        return new DefaultAfterRollbackProcessor<>(new FixedBackOff(properties.retryInterval().toMillis(),
                FixedBackOff.UNLIMITED_ATTEMPTS));
    }
}
