package org.newsroom.bench.baseline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.newsroom.bench.ElasticsearchHttp;
import org.newsroom.publish.index.ArticleDocument;
import tools.jackson.databind.JsonNode;

/**
 * Writes documents to one index with {@code _bulk} requests of {@value #BATCH} documents, {@value #IN_FLIGHT} in
 * flight, externally versioned as publish-service writes them. Every item is checked: a bulk answered 200 with
 * {@code errors: true} fails the load.
 */
public final class BulkLoader implements AutoCloseable {

    /** Documents per bulk request: publish-service's largest poll. */
    public static final int BATCH = 500;
    private static final int IN_FLIGHT = 2;

    private final ElasticsearchHttp elasticsearch;
    private final String index;
    private final ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT);
    private final Semaphore permits = new Semaphore(IN_FLIGHT);
    private final List<Future<?>> sent = new ArrayList<>();
    private long documents;
    private long bytes;

    /** @param index the target index, created beforehand */
    private BulkLoader(ElasticsearchHttp elasticsearch, String index) {
        this.elasticsearch = elasticsearch;
        this.index = index;
    }

    /** Sends one bulk of {@code batch}, blocking while {@value #IN_FLIGHT} are in flight. */
    private void submit(List<ArticleDocument> batch) throws InterruptedException {
        if (batch.isEmpty()) {
            return;
        }
        byte[] body = ndjson(batch);
        documents += batch.size();
        bytes += body.length;
        permits.acquire();
        sent.add(pool.submit(() -> {
            try {
                JsonNode answer = elasticsearch.bulk(body);
                if (answer.get("errors").asBoolean()) {
                    for (JsonNode item : answer.get("items")) {
                        JsonNode result = item.get("index");
                        if (result.has("error") && result.get("status").asInt() != 409) {
                            throw new IOException("bulk item failed: " + result.get("error"));
                        }
                    }
                }
                return null;
            } finally {
                permits.release();
            }
        }));
    }

    /** Waits for every bulk; @return what was written so far */
    private Throughput finish(long startNanos) throws IOException, InterruptedException {
        for (Future<?> future : sent) {
            try {
                future.get();
            } catch (ExecutionException e) {
                throw new IOException("bulk load into " + index + " failed", e.getCause());
            }
        }
        return new Throughput(documents, bytes, System.nanoTime() - startNanos);
    }

    /** Loads {@code all} in batches; @return the rate from the first request to the last answer */
    public static Throughput load(ElasticsearchHttp elasticsearch, String index, List<ArticleDocument> all)
            throws IOException, InterruptedException {
        try (BulkLoader loader = new BulkLoader(elasticsearch, index)) {
            long start = System.nanoTime();
            for (int i = 0; i < all.size(); i += BATCH) {
                loader.submit(all.subList(i, Math.min(all.size(), i + BATCH)));
            }
            return loader.finish(start);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private byte[] ndjson(List<ArticleDocument> batch) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(batch.size() * 4096);
        for (ArticleDocument document : batch) {
            String action = "{\"index\":{\"_index\":\"" + index + "\",\"_id\":" + quote(document.id())
                    + ",\"version\":" + document.version() + ",\"version_type\":\"external\"}}\n";
            out.writeBytes(action.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(document.source());
            out.write('\n');
        }
        return out.toByteArray();
    }

    private static String quote(String value) {
        return tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(value).toString();
    }
}
