package org.newsroom.ingest.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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

/** Writes accepted articles to {@code articles.ingested}, keyed by URI, and reports Kafka's acknowledgement. */
@Component
public class IngestedArticleProducer {

    /** Header set to {@code true} on an article whose headline ingest derived from the body. */
    public static final String HEADLINE_DERIVED = "newsroom-headline-derived";

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
     * One article to send.
     *
     * @param article         the event; its URI becomes the key
     * @param headlineDerived whether ingest derived the headline (adds {@value #HEADLINE_DERIVED}: {@code true})
     */
    public record Outgoing(Article article, boolean headlineDerived) {
    }

    /**
     * Sends one article and blocks until Kafka acknowledged it (acks=all, idempotent producer).
     *
     * @param article     the event; its URI becomes the key
     * @param receivedAt  when the agency's request arrived ({@code newsroom-received-at})
     * @param traceparent W3C trace context of the request
     * @return where Kafka stored it
     * @throws ArticleTooLargeException  when the encoded record exceeds the topic's record limit
     * @throws KafkaUnavailableException when Kafka did not acknowledge within {@code send-timeout}
     */
    public RecordMetadata send(Article article, Instant receivedAt, String traceparent) {
        return sendAll(List.of(new Outgoing(article, false)), receivedAt, traceparent).get(0);
    }

    /**
     * Sends articles together and blocks until Kafka acknowledged every one; records of one URI keep their order.
     * Nothing is sent when one of them is too large. For callers that have a thread to spare (feed polls, drop folders).
     *
     * @param articles    the events, in document order
     * @param receivedAt  when the agency's request arrived ({@code newsroom-received-at})
     * @param traceparent W3C trace context of the request
     * @return where Kafka stored each, in the same order
     * @throws ArticleTooLargeException  when an encoded record exceeds {@link IngestTopics#MAX_MESSAGE_BYTES}
     * @throws KafkaUnavailableException when Kafka did not acknowledge all within {@code send-timeout}; some may have
     *                                   been stored, so the agency sends the document again (versions make it harmless)
     */
    public List<RecordMetadata> sendAll(List<Outgoing> articles, Instant receivedAt, String traceparent) {
        try {
            return sendAllAsync(articles, receivedAt, traceparent).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof KafkaUnavailableException unavailable ? unavailable
                    : new KafkaUnavailableException("Kafka producer failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /**
     * Sends articles together without waiting: the answer completes when Kafka acknowledged every one (acks=all,
     * idempotent producer), on the producer's I/O thread, so a request waiting for Kafka holds no thread. Records of
     * one URI keep their order. Nothing is sent when one of them is too large.
     *
     * @param articles    the events, in document order
     * @param receivedAt  when the agency's request arrived ({@code newsroom-received-at})
     * @param traceparent W3C trace context of the request
     * @return where Kafka stored each, in the same order; completes exceptionally with a
     *         {@link KafkaUnavailableException} when Kafka refused a record or did not acknowledge all within
     *         {@code send-timeout} (some may have been stored, so the agency sends the document again: versions make it
     *         harmless)
     * @throws ArticleTooLargeException when an encoded record exceeds {@link IngestTopics#MAX_MESSAGE_BYTES} (thrown at
     *                                  once, nothing sent)
     */
    public CompletableFuture<List<RecordMetadata>> sendAllAsync(List<Outgoing> articles, Instant receivedAt,
            String traceparent) {
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>(articles.size());
        for (Outgoing outgoing : articles) {
            records.add(record(outgoing, receivedAt, traceparent));
        }
        @SuppressWarnings("unchecked")
        CompletableFuture<RecordMetadata>[] pending = new CompletableFuture[records.size()];
        try {
            for (int i = 0; i < records.size(); i++) {
                Article article = articles.get(i).article();
                metrics.offered(article);
                pending[i] = template.send(records.get(i)).thenApply(result -> {
                    metrics.acknowledged(article, receivedAt);
                    return result.getRecordMetadata();
                });
            }
        } catch (RuntimeException e) {
            // the producer refused before sending (no metadata within max.block.ms, closed): records sent already are
            // left to complete, the answer is this failure
            return CompletableFuture.failedFuture(
                    new KafkaUnavailableException("Kafka producer failed: " + e.getMessage(), e));
        }
        Duration timeout = properties.sendTimeout();
        return CompletableFuture.allOf(pending)
                .orTimeout(timeout.toNanos(), TimeUnit.NANOSECONDS)
                .handle((done, failure) -> {
                    if (failure != null) {
                        throw unavailable(failure instanceof CompletionException ? failure.getCause() : failure, timeout);
                    }
                    List<RecordMetadata> stored = new ArrayList<>(pending.length);
                    for (CompletableFuture<RecordMetadata> one : pending) {
                        stored.add(one.join());
                    }
                    return stored;
                });
    }

    private static KafkaUnavailableException unavailable(Throwable failure, Duration timeout) {
        if (failure instanceof TimeoutException) {
            return new KafkaUnavailableException("Kafka did not acknowledge within " + timeout, failure);
        }
        Throwable cause = failure.getCause() != null && failure instanceof org.springframework.kafka.KafkaException
                ? failure.getCause() : failure;
        return new KafkaUnavailableException("Kafka refused the record: " + cause.getMessage(), cause);
    }

    private static ProducerRecord<String, byte[]> record(Outgoing outgoing, Instant receivedAt, String traceparent) {
        Article article = outgoing.article();
        byte[] value = ArticleCodec.encode(article);
        if (value.length > IngestTopics.MAX_RECORD_VALUE_BYTES) {
            throw new ArticleTooLargeException(article.uri(), value.length, IngestTopics.MAX_RECORD_VALUE_BYTES);
        }
        var record = new ProducerRecord<String, byte[]>(Topics.ARTICLES_INGESTED, article.uri(), value);
        record.headers()
                .add(ArticleHeaders.RECEIVED_AT, ArticleHeaders.encodeMillis(receivedAt.toEpochMilli()))
                .add(ArticleHeaders.AGENCY, article.source().getBytes(StandardCharsets.UTF_8))
                .add(ArticleHeaders.TRACEPARENT, TraceParent.childOf(traceparent).getBytes(StandardCharsets.US_ASCII))
                .add(ArticleHeaders.stageAt("ingest"), ArticleHeaders.encodeMillis(System.currentTimeMillis()));
        if (outgoing.headlineDerived()) {
            record.headers().add(HEADLINE_DERIVED, "true".getBytes(StandardCharsets.US_ASCII));
        }
        return record;
    }
}
