package org.newsroom.ingest.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.newsroom.events.Article;
import org.newsroom.events.ArticleCodec;
import org.newsroom.events.ArticleHeaders;
import org.newsroom.events.TraceParent;
import org.newsroom.events.Topics;
import org.newsroom.ingest.metrics.IngestMetrics;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/** Writes accepted articles to {@code articles.ingested}, keyed by URI, and waits for Kafka's acknowledgement. */
@Component
public class IngestedArticleProducer {

    private final KafkaTemplate<String, byte[]> template;
    private final IngestTopicsProperties properties;
    private final IngestMetrics metrics;

    IngestedArticleProducer(KafkaTemplate<String, byte[]> template, IngestTopicsProperties properties,
            IngestMetrics metrics) {
        this.template = template;
        this.properties = properties;
        this.metrics = metrics;
    }

    /**
     * Sends one article and blocks until Kafka acknowledged it (acks=all, idempotent producer).
     *
     * @param article     the event; its URI becomes the key
     * @param receivedAt  when the agency's request arrived ({@code newsroom-received-at})
     * @param traceparent W3C trace context of the request
     * @return where Kafka stored it
     * @throws KafkaUnavailableException when Kafka did not acknowledge within {@code send-timeout}
     */
    public RecordMetadata send(Article article, Instant receivedAt, String traceparent) {
        var record = new ProducerRecord<String, byte[]>(Topics.ARTICLES_INGESTED, article.uri(),
                ArticleCodec.encode(article));
        record.headers()
                .add(ArticleHeaders.RECEIVED_AT, ArticleHeaders.encodeMillis(receivedAt.toEpochMilli()))
                .add(ArticleHeaders.AGENCY, article.source().getBytes(StandardCharsets.UTF_8))
                .add(ArticleHeaders.TRACEPARENT, TraceParent.childOf(traceparent).getBytes(StandardCharsets.US_ASCII))
                .add(ArticleHeaders.stageAt("ingest"), ArticleHeaders.encodeMillis(System.currentTimeMillis()));
        metrics.offered(article);
        try {
            RecordMetadata metadata = template.send(record)
                    .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS).getRecordMetadata();
            metrics.acknowledged(article, receivedAt);
            return metadata;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailableException("interrupted while waiting for Kafka", e);
        } catch (ExecutionException e) {
            throw new KafkaUnavailableException("Kafka refused the record: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new KafkaUnavailableException("Kafka did not acknowledge within " + properties.sendTimeout(), e);
        } catch (RuntimeException e) {
            throw new KafkaUnavailableException("Kafka producer failed: " + e.getMessage(), e);
        }
    }
}
