package org.newsroom.publish.kafka;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.newsroom.events.ArticleFormatException;
import org.newsroom.events.ArticleHeaders;
import org.newsroom.events.TraceParent;
import org.newsroom.events.Topics;
import org.newsroom.publish.index.ArticleDocument;
import org.newsroom.publish.index.BulkIndexer;
import org.newsroom.publish.index.IndexOutcome;
import org.newsroom.publish.metrics.PublishMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code articles.enriched} (read_committed) in batches: each poll's records go through {@link BulkIndexer}
 * (split into bounded bulk requests). Offsets are committed only after the listener returns, that is after every
 * record of the batch is indexed, superseded or dead-lettered; when the batch cannot be written (Elasticsearch away,
 * 429/5xx past the bulk's retries) the listener throws, {@link PublishingState} turns the health down, and the error
 * handler pauses the consumer and redelivers the batch.
 */
@Component
class PublishListener {

    private static final Logger log = LoggerFactory.getLogger(PublishListener.class);

    private final BulkIndexer indexer;
    private final DeadLetterPublishingRecoverer deadLetters;
    private final PublishMetrics metrics;
    private final PublishingState state;

    PublishListener(BulkIndexer indexer, DeadLetterPublishingRecoverer deadLetters, PublishMetrics metrics,
            PublishingState state) {
        this.indexer = indexer;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.state = state;
    }

    @KafkaListener(id = "publish", idIsGroup = false, topics = Topics.ARTICLES_ENRICHED, batch = "true")
    void onBatch(List<ConsumerRecord<String, byte[]>> records) throws IOException, InterruptedException {
        List<ArticleDocument> documents = new ArrayList<>(records.size());
        List<ConsumerRecord<String, byte[]>> sources = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                documents.add(EnrichedRecords.document(record));
                sources.add(record);
            } catch (ArticleFormatException e) {
                deadLetter(record, e);
            }
        }
        List<IndexOutcome> outcomes;
        try {
            outcomes = indexer.write(documents);
        } catch (IOException | RuntimeException e) {
            state.failed(e);
            log.atWarn().addKeyValue("records", records.size()).addKeyValue("reason", e.getMessage())
                    .log("batch not written; the consumer pauses and redelivers it");
            throw e;
        }
        long now = System.currentTimeMillis();
        for (int i = 0; i < outcomes.size(); i++) {
            ConsumerRecord<String, byte[]> record = sources.get(i);
            IndexOutcome outcome = outcomes.get(i);
            if (outcome instanceof IndexOutcome.Rejected rejected) {
                deadLetter(record, new DocumentRejectedException(rejected.errorType(), rejected.reason()));
                continue;
            }
            metrics.published(record);
            long receivedAt = EnrichedRecords.receivedAtMs(record);
            log.atInfo()
                    .addKeyValue("uri", record.key())
                    .addKeyValue("outcome", outcome.getClass().getSimpleName().toLowerCase())
                    .addKeyValue("trace_id", TraceParent.traceId(
                            EnrichedRecords.headerText(record, ArticleHeaders.TRACEPARENT)))
                    .addKeyValue("latency_ms", receivedAt < 0 ? null : now - receivedAt)
                    .log("article published");
        }
        state.written();
    }

    private void deadLetter(ConsumerRecord<String, byte[]> record, RuntimeException reason) {
        deadLetters.accept(record, null, reason);
        metrics.failed(record, reason);
        log.atWarn()
                .addKeyValue("uri", record.key())
                .addKeyValue("topic", Topics.deadLetter(record.topic()))
                .addKeyValue("reason", reason.getMessage())
                .log("article dead-lettered");
    }
}
