package org.newsroom.publish.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;

/**
 * Writes documents with one bulk request, externally versioned, and checks every item: a 200 with
 * {@code errors: true} is not success. Items answered 429 or 5xx are retried, only those, with exponential backoff
 * and full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter", 2015). Thread-safe.
 */
@Component
public class BulkIndexer {

    private final ElasticsearchClient client;
    private final ArticleIndex index;
    private final BulkIndexerProperties properties;

    BulkIndexer(ElasticsearchClient client, ArticleIndex index, BulkIndexerProperties properties) {
        this.client = client;
        this.index = index;
        this.properties = properties;
    }

    /**
     * @param documents documents to write, in order; several may share an id (the highest version wins)
     * @return one outcome per document, same order: indexed, superseded or rejected
     * @throws IOException                       when Elasticsearch cannot be reached (retriable)
     * @throws ElasticsearchUnavailableException when some items still get 429/5xx after every attempt (retriable)
     * @throws InterruptedException              when interrupted while backing off
     */
    public List<IndexOutcome> write(List<ArticleDocument> documents) throws IOException, InterruptedException {
        index.ensureReady();
        IndexOutcome[] outcomes = new IndexOutcome[documents.size()];
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            pending.add(i);
        }
        String lastFailure = "";
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            if (attempt > properties.attempts()) {
                throw new ElasticsearchUnavailableException(pending.size() + " of " + documents.size()
                        + " documents not written after " + properties.attempts() + " attempts; last: " + lastFailure);
            }
            if (attempt > 1) {
                backOff(attempt - 1);
            }
            List<BulkOperation> operations = pending.stream().map(i -> operation(documents.get(i))).toList();
            BulkResponse response = client.bulk(b -> b.index(ArticleIndex.ALIAS).operations(operations));
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
        return List.of(outcomes);
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
    private static IndexOutcome outcome(BulkResponseItem item) {
        int status = item.status();
        if (item.error() == null && status < 300) {
            return new IndexOutcome.Indexed();
        }
        if (status == 409) {
            return new IndexOutcome.Superseded();
        }
        if (status == 429 || status >= 500) {
            return null;
        }
        String type = item.error() == null ? "http_" + status : item.error().type();
        String reason = item.error() == null ? "" : item.error().reason();
        return new IndexOutcome.Rejected(type, reason);
    }

    private void backOff(int retry) throws InterruptedException {
        long cap = Math.min(properties.maxBackoff().toMillis(),
                properties.initialBackoff().toMillis() << Math.min(retry - 1, 20));
        Thread.sleep(ThreadLocalRandom.current().nextLong(cap + 1));
    }
}
