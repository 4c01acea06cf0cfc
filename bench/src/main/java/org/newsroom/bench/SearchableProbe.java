package org.newsroom.bench;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.HdrHistogram.Histogram;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Watches the accepted stories of a load phase become searchable: every {@value #POLL_MS} ms it asks the site's
 * index (alias {@code articles}, an {@code ids} query, so only what a reader's search would see after a refresh)
 * which of the pending URIs are there, and records for each, when first seen, the latency from its
 * {@code received_at} (set by ingest when it accepted the story) and from the load's intended send time. The poll
 * interval bounds the resolution.
 */
public final class SearchableProbe {

    private static final long POLL_MS = 100;
    private static final int MAX_IDS_PER_QUERY = 2_000;

    private final ElasticsearchHttp elasticsearch;

    public SearchableProbe(ElasticsearchHttp elasticsearch) {
        this.elasticsearch = elasticsearch;
    }

    /** Latencies of one phase. */
    public record Result(Histogram fromReceived, Histogram fromIntendedSend, int seen, int missing) {
    }

    /**
     * Polls until every accepted story of {@code run} is searchable, or {@code patience} after the load ended.
     *
     * @throws IOException when Elasticsearch does not answer
     */
    public Result watch(OpenLoopLoad.Run run, Duration patience) throws IOException, InterruptedException {
        Histogram fromReceived = Latencies.newHistogram();
        Histogram fromSend = Latencies.newHistogram();
        Map<String, Integer> pending = new HashMap<>();
        int seen = 0;
        Long giveUpAt = null;
        while (true) {
            for (Integer n = run.pollAccepted(); n != null; n = run.pollAccepted()) {
                pending.put(StoryCorpus.uri(run.prefix(), n), n);
            }
            if (run.done().isDone()) {
                if (pending.isEmpty()) {
                    break;
                }
                giveUpAt = giveUpAt == null ? System.nanoTime() + patience.toNanos() : giveUpAt;
                if (System.nanoTime() > giveUpAt) {
                    break;
                }
            }
            if (!pending.isEmpty()) {
                ObjectNode query = JsonNodeFactory.instance.objectNode();
                query.put("size", Math.min(pending.size(), MAX_IDS_PER_QUERY));
                query.putArray("_source").add("received_at");
                ArrayNode ids = query.putObject("query").putObject("ids").putArray("values");
                pending.keySet().stream().limit(MAX_IDS_PER_QUERY).forEach(ids::add);
                JsonNode hits = elasticsearch.post("/articles/_search", query.toString()).get("hits").get("hits");
                long nowNanos = System.nanoTime();
                long nowMs = System.currentTimeMillis();
                for (JsonNode hit : hits) {
                    Integer n = pending.remove(hit.get("_id").asString());
                    if (n == null) {
                        continue;
                    }
                    seen++;
                    Latencies.record(fromSend, nowNanos - run.intendedNanos(n));
                    JsonNode receivedAt = hit.path("_source").path("received_at");
                    if (!receivedAt.isMissingNode()) {
                        long received = receivedAt.isNumber() ? receivedAt.asLong()
                                : Instant.parse(receivedAt.asString()).toEpochMilli();
                        Latencies.record(fromReceived, (nowMs - received) * 1_000_000);
                    }
                }
            }
            Thread.sleep(POLL_MS);
        }
        return new Result(fromReceived, fromSend, seen, pending.size());
    }
}
