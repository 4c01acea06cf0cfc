package org.newsroom.publish.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;

/**
 * Writes documents with bulk requests, externally versioned, and checks every item: a 200 with {@code errors: true}
 * is not success. Requests are bounded by {@link BulkIndexerProperties#maxOperations()} and
 * {@link BulkIndexerProperties#maxSize()}; items answered 429 or 5xx (or a whole request answered so) are retried,
 * only those, with exponential backoff and full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter",
 * 2015). Documents Elasticsearch refuses, and ids it would refuse for the whole request (over 512 bytes), come back as
 * {@link IndexOutcome.Rejected}. Thread-safe.
 *
 * <p>Why not the client's {@code BulkIngester}: it is asynchronous (its own flush thread and listener), retries only
 * 429 items, and reports per request, not per caller; publish must know, before it commits a Kafka batch's offsets,
 * the outcome of every record of that batch, and must retry 5xx too. The Kafka batch already gives the count, size
 * and linger bounds an ingester would add, so this class is the synchronous remainder: split, write, check, retry.
 */
@Component
public class BulkIndexer {

    /** Elasticsearch's limit on {@code _id}, in UTF-8 bytes; a longer one fails the whole bulk request. */
    static final int MAX_ID_BYTES = 512;

    /** Items fail so when the alias has no index (deleted by hand): retried after the index is installed again. */
    private static final String INDEX_NOT_FOUND = "index_not_found_exception";

    private final ElasticsearchClient client;
    private final ArticleIndex index;
    private final BulkIndexerProperties properties;

    /**
     * @param client     the Elasticsearch client
     * @param index      the site's index, installed before the first write to its alias
     * @param properties request bounds and retries
     */
    public BulkIndexer(ElasticsearchClient client, ArticleIndex index, BulkIndexerProperties properties) {
        this.client = client;
        this.index = index;
        this.properties = properties;
    }

    /**
     * Writes to the alias {@value ArticleIndex#ALIAS}, installing the index first if needed.
     *
     * @see #write(String, List)
     */
    public List<IndexOutcome> write(List<ArticleDocument> documents) throws IOException, InterruptedException {
        index.ensureReady();
        try {
            return write(ArticleIndex.ALIAS, documents);
        } catch (ElasticsearchUnavailableException e) {
            index.forget();
            throw e;
        }
    }

    /**
     * @param target    index or alias to write to
     * @param documents documents to write, in order; several may share an id (the highest version wins)
     * @return one outcome per document, same order: indexed, superseded or rejected
     * @throws IOException                       when Elasticsearch cannot be reached (retriable)
     * @throws ElasticsearchUnavailableException when some items still get 429/5xx after every attempt (retriable)
     * @throws ElasticsearchException            when Elasticsearch refuses a whole request for another reason
     * @throws InterruptedException              when interrupted while backing off
     */
    public List<IndexOutcome> write(String target, List<ArticleDocument> documents)
            throws IOException, InterruptedException {
        IndexOutcome[] outcomes = new IndexOutcome[documents.size()];
        List<Integer> writable = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            int idBytes = documents.get(i).id().getBytes(StandardCharsets.UTF_8).length;
            if (idBytes > MAX_ID_BYTES) {
                outcomes[i] = new IndexOutcome.Rejected("id_too_long",
                        "the uri is " + idBytes + " bytes; Elasticsearch takes ids of at most " + MAX_ID_BYTES);
            } else {
                writable.add(i);
            }
        }
        for (List<Integer> request : requests(documents, writable, properties.maxOperations(),
                properties.maxSize().toBytes())) {
            writeWithRetries(target, documents, request, outcomes);
        }
        return Arrays.asList(outcomes);
    }

    /**
     * Splits positions into consecutive requests of at most {@code maxOperations} documents and {@code maxBytes} bytes
     * of sources; a document larger than {@code maxBytes} goes alone.
     */
    static List<List<Integer>> requests(List<ArticleDocument> documents, List<Integer> positions, int maxOperations,
            long maxBytes) {
        List<List<Integer>> requests = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        long bytes = 0;
        for (int position : positions) {
            long size = documents.get(position).source().length;
            if (!current.isEmpty() && (current.size() >= maxOperations || bytes + size > maxBytes)) {
                requests.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(position);
            bytes += size;
        }
        if (!current.isEmpty()) {
            requests.add(current);
        }
        return requests;
    }

    private void writeWithRetries(String target, List<ArticleDocument> documents, List<Integer> positions,
            IndexOutcome[] outcomes) throws IOException, InterruptedException {
        List<Integer> pending = positions;
        String lastFailure = "";
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            if (attempt > properties.attempts()) {
                throw new ElasticsearchUnavailableException(pending.size() + " of " + positions.size()
                        + " documents not written after " + properties.attempts() + " attempts; last: " + lastFailure);
            }
            if (attempt > 1) {
                backOff(attempt - 1);
            }
            List<BulkOperation> operations = pending.stream().map(i -> operation(documents.get(i))).toList();
            BulkResponse response;
            try {
                response = client.bulk(b -> b.index(target).requireAlias(ArticleIndex.ALIAS.equals(target))
                        .operations(operations));
            } catch (ElasticsearchException e) {
                if (retriable(e.status())) {
                    lastFailure = e.status() + " " + e.error().type() + " (whole request)";
                    continue;
                }
                throw e;
            }
            List<Integer> retry = new ArrayList<>();
            for (int k = 0; k < response.items().size(); k++) {
                BulkResponseItem item = response.items().get(k);
                int position = pending.get(k);
                IndexOutcome outcome = outcome(item);
                if (outcome == null) {
                    retry.add(position);
                    lastFailure = item.status() + " " + (item.error() == null ? "" : item.error().type());
                } else {
                    outcomes[position] = outcome;
                }
            }
            pending = retry;
        }
    }

    private static BulkOperation operation(ArticleDocument document) {
        BinaryData source = BinaryData.of(document.source(), ContentType.APPLICATION_JSON);
        return BulkOperation.of(op -> op.index(ix -> ix
                .id(document.id())
                .version(document.version())
                .versionType(VersionType.External)
                .document(source)));
    }

    /** The final outcome of an item, or null when it should be retried (429 or 5xx). */
    static IndexOutcome outcome(BulkResponseItem item) {
        int status = item.status();
        if (item.error() == null && status < 300) {
            return new IndexOutcome.Indexed();
        }
        if (status == 409) {
            return new IndexOutcome.Superseded();
        }
        if (retriable(status) || (item.error() != null && INDEX_NOT_FOUND.equals(item.error().type()))) {
            return null;
        }
        String type = item.error() == null ? "http_" + status : item.error().type();
        String reason = item.error() == null ? "" : item.error().reason();
        return new IndexOutcome.Rejected(type, reason);
    }

    private static boolean retriable(int status) {
        return status == 429 || status >= 500;
    }

    private void backOff(int retry) throws InterruptedException {
        long cap = Math.min(properties.maxBackoff().toMillis(),
                properties.initialBackoff().toMillis() << Math.min(retry - 1, 20));
        Thread.sleep(ThreadLocalRandom.current().nextLong(cap + 1));
    }
}
