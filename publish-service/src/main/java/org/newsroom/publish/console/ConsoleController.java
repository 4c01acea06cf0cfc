package org.newsroom.publish.console;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsroom.publish.console.activity.PipelineActivity;
import org.newsroom.publish.console.backlog.BacklogMonitor;
import org.newsroom.publish.console.chart.ChartSeries;
import org.newsroom.publish.console.chart.SvgLineChart;
import org.newsroom.publish.console.deadletter.DeadLetters;
import org.newsroom.publish.metrics.PublishMetrics;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The console page ({@code GET /console}, static HTML polling the API every few seconds), its overview
 * ({@code GET /console/api/overview}), its charts ({@code GET /console/api/charts/{stages|agencies|sections|latency}.svg
 * ?window=15m|24h}) and the CSRF token for its POSTs ({@code GET /console/api/csrf}).
 */
@Controller
class ConsoleController {

    private static final int CHART_WIDTH = 560;
    private static final int CHART_HEIGHT = 220;
    private static final int TOP_AGENCIES = 6;

    private final PipelineActivity activity;
    private final BacklogMonitor backlog;
    private final DeadLetters deadLetters;
    private final PublishMetrics metrics;

    ConsoleController(PipelineActivity activity, BacklogMonitor backlog, DeadLetters deadLetters,
            PublishMetrics metrics) {
        this.activity = activity;
        this.backlog = backlog;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
    }

    @GetMapping("/console")
    String page() {
        return "forward:/console/index.html";
    }

    @GetMapping("/console/api/csrf")
    @ResponseBody
    Map<String, String> csrf(CsrfToken token) {
        return Map.of("headerName", token.getHeaderName(), "token", token.getToken());
    }

    @GetMapping("/console/api/overview")
    @ResponseBody
    ConsoleOverview overview() {
        long now = System.currentTimeMillis();
        Map<String, ConsoleOverview.Totals> stages = new LinkedHashMap<>();
        for (String stage : PipelineActivity.STAGES) {
            stages.put(stage, totals("stage:" + stage, now));
        }
        Map<String, ConsoleOverview.Totals> sections = new LinkedHashMap<>();
        activity.counts().totals("section", now, ChartWindow.LAST_24_HOURS.minutes())
                .forEach((section, total) -> sections.put(section, totals("section:" + section, now)));
        double[] p = metrics.endToEndPercentilesMs();
        Map<String, Double> latency = new LinkedHashMap<>();
        latency.put("p50", Double.isNaN(p[0]) ? null : p[0]);
        latency.put("p95", Double.isNaN(p[1]) ? null : p[1]);
        latency.put("p99", Double.isNaN(p[2]) ? null : p[2]);
        return new ConsoleOverview(now, stages, sections, activity.agencies(now), backlog.groups(), latency,
                deadLetters.topics());
    }

    @GetMapping(value = "/console/api/charts/{chart}.svg")
    ResponseEntity<String> chart(@PathVariable String chart, @RequestParam(defaultValue = "15m") String window) {
        ChartWindow w = ChartWindow.parse(window);
        long now = System.currentTimeMillis();
        String span = w == ChartWindow.LAST_15_MINUTES ? "last 15 minutes" : "last 24 hours";
        String svg = switch (chart) {
            case "stages" -> render("Stories per stage, " + span, w.unit(), w, now,
                    PipelineActivity.STAGES.stream().map(stage -> series(stage, "stage:" + stage, w, now)).toList());
            case "agencies" -> render("Stories per agency (ingested), " + span, w.unit(), w, now,
                    top("agency", w, now, TOP_AGENCIES));
            case "sections" -> render("Stories per section (enriched), " + span, w.unit(), w, now,
                    top("section", w, now, Integer.MAX_VALUE));
            case "latency" -> render("End-to-end latency, " + span, "ms", w, now, List.of(
                    new ChartSeries("p50", activity.latency().series(0, now, w.buckets(), w.bucketMinutes())),
                    new ChartSeries("p95", activity.latency().series(1, now, w.buckets(), w.bucketMinutes())),
                    new ChartSeries("p99", activity.latency().series(2, now, w.buckets(), w.bucketMinutes()))));
            default -> throw new IllegalArgumentException(
                    "chart must be stages, agencies, sections or latency, was " + chart);
        };
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml"))
                .cacheControl(CacheControl.noStore())
                .body(svg);
    }

    private ConsoleOverview.Totals totals(String key, long now) {
        return new ConsoleOverview.Totals(activity.counts().total(key, now, ChartWindow.LAST_15_MINUTES.minutes()),
                activity.counts().total(key, now, ChartWindow.LAST_24_HOURS.minutes()));
    }

    private ChartSeries series(String label, String key, ChartWindow w, long now) {
        return ChartSeries.of(label, activity.counts().counts(key, now, w.buckets(), w.bucketMinutes()));
    }

    private List<ChartSeries> top(String kind, ChartWindow w, long now, int limit) {
        List<Map.Entry<String, Long>> totals = new ArrayList<>(activity.counts().totals(kind, now, w.minutes())
                .entrySet());
        totals.removeIf(entry -> entry.getValue() == 0);
        totals.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        List<ChartSeries> result = totals.stream().limit(limit)
                .map(entry -> series(entry.getKey(), kind + ":" + entry.getKey(), w, now)).toList();
        return result.isEmpty() ? List.of(new ChartSeries("no stories yet", new double[w.buckets()])) : result;
    }

    private static String render(String title, String unit, ChartWindow w, long now, List<ChartSeries> series) {
        return SvgLineChart.render(title, unit, w.startMs(now), w.bucketMinutes() * 60_000L, series, CHART_WIDTH,
                CHART_HEIGHT);
    }
}
