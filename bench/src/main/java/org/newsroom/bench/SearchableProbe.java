package org.newsroom.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Watches the accepted stories of a load phase become searchable: every {@value #POLL_MS} ms it asks the site's
 * index (alias {@code articles}: only what a reader's search would see after a refresh) for the documents that
 * became visible since its last look, and records for each pending story, when first seen, the latency from its
 * {@code received_at} (set by ingest when it accepted the story) and from the load's intended send time. The poll
 * interval bounds the resolution.
 *
 * <p>"Since its last look" is a range on {@code _seq_no}, which the site's index (one shard, by its template) assigns
 * in the order it takes writes, re-reading the last {@value #SEQ_NO_MARGIN} for writes taken out of order by
 * concurrent bulks. Asking instead for every pending id (an {@code ids} query of thousands of terms, ten times a
 * second) made Elasticsearch look up thousands of terms per poll, on the CPU the pipeline it measures needs. Hits are
 * read from doc values ({@code uri}, {@code received_at}) with no stored field: fetching {@code _source} decompressed
 * stored-field blocks for every hit of every poll, a fifth of Elasticsearch's samples in the latency phases.
 */
public final class SearchableProbe {

    private static final long POLL_MS = 100;
    private static final int PAGE = 1_000;
    private static final long SEQ_NO_MARGIN = 64;

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
        // visible before the bench had handled its 202 (the watermark has moved past them by then)
        Map<String, Sighting> early = new HashMap<>();
        String prefix = StoryCorpus.uri(run.prefix(), 0);
        prefix = prefix.substring(0, prefix.length() - 1);
        int seen = 0;
        long watermark = highestSeqNo() - SEQ_NO_MARGIN;
        Long giveUpAt = null;
        while (true) {
            for (Integer n = run.pollAccepted(); n != null; n = run.pollAccepted()) {
                String uri = StoryCorpus.uri(run.prefix(), n);
                Sighting sighting = early.remove(uri);
                if (sighting == null) {
                    pending.put(uri, n);
                } else {
                    sighting.record(fromReceived, fromSend, run.intendedNanos(n));
                    seen++;
                }
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
            long nowNanos = System.nanoTime();
            long nowMs = System.currentTimeMillis();
            for (JsonNode hit : visibleAfter(watermark - SEQ_NO_MARGIN)) {
                watermark = Math.max(watermark, hit.get("_seq_no").asLong());
                String id = hit.path("fields").path("uri").path(0).asString();
                JsonNode receivedAt = hit.path("fields").path("received_at").path(0);
                Long received = receivedAt.isMissingNode() ? null : Long.valueOf(receivedAt.asString());
                Sighting sighting = new Sighting(nowNanos, nowMs, received);
                Integer n = pending.remove(id);
                if (n != null) {
                    sighting.record(fromReceived, fromSend, run.intendedNanos(n));
                    seen++;
                } else if (id.startsWith(prefix)) {
                    early.putIfAbsent(id, sighting);
                }
            }
            Thread.sleep(POLL_MS);
        }
        return new Result(fromReceived, fromSend, seen, pending.size());
    }

    /** When a document was first seen searchable, and its {@code received_at} (epoch ms, null if absent). */
    private record Sighting(long atNanos, long atMs, Long receivedMs) {

        void record(Histogram fromReceived, Histogram fromSend, long intendedNanos) {
            Latencies.record(fromSend, atNanos - intendedNanos);
            if (receivedMs != null) {
                Latencies.record(fromReceived, (atMs - receivedMs) * 1_000_000);
            }
        }
    }

    /** @return the documents searchable now with a {@code _seq_no} above {@code seqNo}, in that order, all pages */
    private List<JsonNode> visibleAfter(long seqNo) throws IOException, InterruptedException {
        List<JsonNode> visible = new ArrayList<>();
        long after = seqNo;
        while (true) {
            ObjectNode query = JsonNodeFactory.instance.objectNode();
            query.put("size", PAGE);
            query.put("seq_no_primary_term", true);
            // doc values only: loading _id or _source would decompress stored fields on every poll
            query.put("stored_fields", "_none_");
            query.putArray("docvalue_fields").add("uri").addObject().put("field", "received_at")
                    .put("format", "epoch_millis");
            query.putArray("sort").addObject().put("_seq_no", "asc");
            query.putObject("query").putObject("range").putObject("_seq_no").put("gt", after);
            JsonNode hits = elasticsearch.post("/articles/_search", query.toString()).get("hits").get("hits");
            hits.forEach(visible::add);
            if (hits.size() < PAGE) {
                return visible;
            }
            after = hits.get(hits.size() - 1).get("_seq_no").asLong();
        }
    }

    /** @return the highest {@code _seq_no} searchable now, -1 for an empty index */
    private long highestSeqNo() throws IOException, InterruptedException {
        ObjectNode query = JsonNodeFactory.instance.objectNode();
        query.put("size", 1);
        query.put("seq_no_primary_term", true);
        query.put("_source", false);
        query.putArray("sort").addObject().put("_seq_no", "desc");
        JsonNode hits = elasticsearch.post("/articles/_search", query.toString()).get("hits").get("hits");
        return hits.isEmpty() ? -1 : hits.get(0).get("_seq_no").asLong();
    }
}
