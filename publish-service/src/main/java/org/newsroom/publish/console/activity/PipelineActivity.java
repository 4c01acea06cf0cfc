package org.newsroom.publish.console.activity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.newsroom.publish.console.ConsoleProperties;
import org.springframework.stereotype.Component;

/**
 * The console's view of what flows: per-minute counts ({@link MinuteCounts}: series {@code stage:<stage>},
 * {@code agency:<id>}, {@code section:<name>}, {@code dlt:<topic>}), each agency's first and last story, and the
 * latency history. Fed by {@link TopicFollower} and {@link PublishSampler}. Thread-safe.
 */
@Component
public class PipelineActivity {

    /** Stage names of the {@code stage:} series. */
    public static final List<String> STAGES = List.of("ingest", "enrich", "publish", "dead-letter");

    private final ConsoleProperties properties;
    private final MinuteCounts counts;
    private final LatencyHistory latency;
    private final IdleRule idleRule;
    private final Map<String, long[]> agencySeen = new ConcurrentHashMap<>();

    PipelineActivity(ConsoleProperties properties) {
        this.properties = properties;
        int minutes = (int) Math.max(60, properties.history().toMinutes());
        this.counts = new MinuteCounts(minutes);
        this.latency = new LatencyHistory(minutes);
        this.idleRule = new IdleRule(properties.idleFactor(), properties.idleMinimum(), properties.idleMinStories());
    }

    /** The counts. */
    public MinuteCounts counts() {
        return counts;
    }

    /** The latency history. */
    public LatencyHistory latency() {
        return latency;
    }

    /** A story of {@code agency} was received at {@code atMs}. */
    void agencyStory(String agency, long atMs) {
        counts.add("agency:" + agency, atMs, 1);
        agencySeen.compute(agency, (key, seen) -> seen == null ? new long[] {atMs, atMs}
                : new long[] {Math.min(seen[0], atMs), Math.max(seen[1], atMs)});
    }

    /** Every agency seen within the history, quietest alert first, then by name. */
    public List<AgencyActivity> agencies(long nowMs) {
        int window = (int) properties.history().toMinutes();
        List<AgencyActivity> result = new ArrayList<>();
        agencySeen.forEach((agency, seen) -> {
            long stories = counts.total("agency:" + agency, nowMs, window);
            result.add(new AgencyActivity(agency, seen[0], seen[1], stories,
                    idleRule.idle(nowMs, seen[0], seen[1], stories)));
        });
        result.sort(Comparator.comparing((AgencyActivity a) -> !a.idle()).thenComparing(AgencyActivity::agency));
        return result;
    }
}
