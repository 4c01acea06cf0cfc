package org.newsroom.bench;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Where the Elasticsearch node's indexing time went, from its own counters ({@code GET _nodes/_local/stats/indices}):
 * time spent indexing documents, refreshing (writing each refresh's new segment) and merging, in ms summed over
 * threads, and how many refreshes and bulk requests there were. Two snapshots' difference, per story, says whether a
 * story costs Elasticsearch in its indexing, its refreshes or its merges.
 *
 * @param indexMs     {@code indexing.index_time_in_millis}
 * @param refreshMs   {@code refresh.total_time_in_millis} (includes the refreshes external to the shard's schedule)
 * @param mergeMs     {@code merges.total_time_in_millis}
 * @param refreshes   {@code refresh.total}
 * @param bulkRequests {@code bulk.total_operations}: shard-level bulk requests
 * @param documents   {@code indexing.index_total}
 */
record IndexingTimes(long indexMs, long refreshMs, long mergeMs, long refreshes, long bulkRequests, long documents) {

    /** @return the node's counters now */
    static IndexingTimes of(ElasticsearchHttp elasticsearch) throws IOException, InterruptedException {
        JsonNode nodes = elasticsearch.get("/_nodes/_local/stats/indices").get("nodes");
        JsonNode indices = nodes.iterator().next().get("indices");
        return new IndexingTimes(
                indices.get("indexing").get("index_time_in_millis").asLong(),
                indices.get("refresh").get("total_time_in_millis").asLong(),
                indices.get("merges").get("total_time_in_millis").asLong(),
                indices.get("refresh").get("total").asLong(),
                indices.get("bulk").get("total_operations").asLong(),
                indices.get("indexing").get("index_total").asLong());
    }

    /**
     * @param start   the earlier snapshot
     * @param stories stories accepted in between
     * @return ms of indexing, refresh and merge per story, refreshes, and documents per bulk request, for the report
     */
    Map<String, Object> since(IndexingTimes start, long stories) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("index_ms_per_story", perStory(indexMs - start.indexMs, stories));
        map.put("refresh_ms_per_story", perStory(refreshMs - start.refreshMs, stories));
        map.put("merge_ms_per_story", perStory(mergeMs - start.mergeMs, stories));
        map.put("refreshes", refreshes - start.refreshes);
        long bulks = bulkRequests - start.bulkRequests;
        map.put("documents_per_bulk", bulks == 0 ? null
                : Math.round((documents - start.documents) * 10.0 / bulks) / 10.0);
        return map;
    }

    private static Double perStory(long ms, long stories) {
        return stories == 0 ? null : Math.round(ms * 100.0 / stories) / 100.0;
    }
}
