package org.newsroom.publish.console;

import java.util.List;
import java.util.Map;
import org.newsroom.publish.console.activity.AgencyActivity;
import org.newsroom.publish.console.backlog.GroupBacklog;

/**
 * Everything the console page shows besides the charts, in one poll.
 *
 * @param nowMs       when it was computed, epoch ms
 * @param stages      per stage ({@code ingest}, {@code enrich}, {@code publish}, {@code dead-letter}): stories in the
 *                    last 15 min and 24 h
 * @param sections    per section: stories enriched in the last 15 min and 24 h
 * @param agencies    agencies with their last story and idle flag
 * @param backlog     consumer groups with lag and Burrow-style status
 * @param latencyMs   end-to-end latency now (last 5 min): {@code p50}, {@code p95}, {@code p99}, ms; null values when
 *                    nothing was published
 * @param deadLetters per DLT topic: records held
 */
record ConsoleOverview(long nowMs, Map<String, Totals> stages, Map<String, Totals> sections,
        List<AgencyActivity> agencies, List<GroupBacklog> backlog, Map<String, Double> latencyMs,
        Map<String, Long> deadLetters) {

    /**
     * @param last15m stories in the last 15 minutes
     * @param last24h stories in the last 24 hours
     */
    record Totals(long last15m, long last24h) {
    }
}
