package org.newsroom.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.newsroom.bench.baseline.EnrichedTopic;
import org.newsroom.bench.baseline.BulkLoader;
import org.newsroom.bench.baseline.RawKafkaProducer;
import org.newsroom.bench.baseline.Throughput;
import org.newsroom.events.Topics;
import org.newsroom.publish.index.ArticleDocument;

/**
 * {@code java -cp "bench/target/bench-VERSION.jar:bench/target/lib/*" org.newsroom.bench.Bench [--long]}, from the
 * repository root: starts a fresh pipeline of its own, measures it, prints a table and writes
 * {@code bench/target/bench/bench-<plan>-<time>.json}. A short run (about three minutes) by default.
 *
 * <p>Phases, in order: warm-up; 5 s idle (each process's CPU without load, subtracted for the marginal CPU per story;
 * measured again after the steps, and the lower figure kept); received→searchable latency at 50 and 200 stories/s;
 * sustained throughput (rates stepped up until a rate's backlog grows at both its attempts); ingest accept latency at
 * 1,000 requests/s (last, as it may overload ingest); baselines — a raw Kafka producer and a raw Elasticsearch bulk of
 * the pipeline's own documents; the replay: publish-service's {@code reindex} command, in a JVM of its own, from
 * {@code articles.enriched} into the next {@code articles-v<N>}; peak RSS of every process. System properties:
 * {@code newsroom.project.dir} (default: the working directory), {@code newsroom.corpus.dir} (default
 * {@code <project>/../shared/corpus/classification}).
 */
public final class Bench {

    private static final String AGENCY_KEY = System.getenv().getOrDefault("NEWSROOM_AGENCY_KEY", "demo-secret");
    private static final double GROWTH_TOLERANCE = 0.05;
    private static final Duration DRAIN_PATIENCE = Duration.ofSeconds(90);
    private static final int IDLE_SECONDS = 5;
    /** Attempts at a rate before the sustained-throughput search ends there. */
    private static final int STEP_ATTEMPTS = 2;

    private final Plan plan;
    private final Stack stack;
    private final StoryCorpus corpus;
    private final ElasticsearchHttp elasticsearch;
    private final OpenLoopLoad load;
    private final Report report = new Report();
    private final List<OpenLoopLoad.Run> measuredRuns = new ArrayList<>();
    private Map<String, Double> idleCpu = Map.of();

    private Bench(Plan plan, Stack stack, StoryCorpus corpus) {
        this.plan = plan;
        this.stack = stack;
        this.corpus = corpus;
        this.elasticsearch = new ElasticsearchHttp(stack.elasticsearch.httpUri());
        // daemon threads: the bench exits when main returns
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4, runnable -> {
                    Thread thread = new Thread(runnable, "bench-http");
                    thread.setDaemon(true);
                    return thread;
                })).connectTimeout(Duration.ofSeconds(5)).build();
        this.load = new OpenLoopLoad(http, stack.ingestUrl(), AGENCY_KEY, corpus);
    }

    public static void main(String[] args) throws Exception {
        Plan plan = List.of(args).contains("--long") ? Plan.LONG : Plan.SHORT;
        Path project = Path.of(System.getProperty("newsroom.project.dir", ".")).toAbsolutePath().normalize();
        String version = Bench.class.getPackage().getImplementationVersion();
        if (version == null) {
            version = System.getProperty("newsroom.project.version", "0.1.0-SNAPSHOT");
        }
        Path out = project.resolve("bench/target/bench");
        StoryCorpus corpus = StoryCorpus.load(Path.of(System.getProperty("newsroom.corpus.dir",
                project.resolve("../shared/corpus/classification").toString())));
        log("stories: " + corpus.description() + ", mean body " + Math.round(corpus.meanBodyBytes()) + " bytes");
        long started = System.nanoTime();
        log("starting Kafka, Elasticsearch and the services under " + out.resolve("infra"));
        try (Stack stack = Stack.start(project, version, out.resolve("infra"))) {
            log("stack up in " + (System.nanoTime() - started) / 1_000_000_000 + " s");
            Bench bench = new Bench(plan, stack, corpus);
            bench.run();
            String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
            Path file = out.resolve("bench-" + plan.name() + "-" + stamp + ".json");
            bench.report.put("elapsed_s", (System.nanoTime() - started) / 1_000_000_000);
            bench.report.write(file);
            System.out.println();
            System.out.print(bench.report.table());
            System.out.println("written: " + file);
        }
    }

    private void run() throws Exception {
        report.put("plan", plan.name());
        report.put("started_at", Instant.now().toString());
        report.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "load_average", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage()));
        report.put("corpus", Map.of("description", corpus.description(), "mean_body_bytes",
                Math.round(corpus.meanBodyBytes())));

        log("warm-up: 50/s for " + plan.warmup().toSeconds() + " s");
        awaitSearchable(load.start("bench-warmup", 50, plan.warmup()));
        awaitIngestIdle();
        Map<String, Double> idleAfterWarmup = idleCpuPerSecond();
        Map<String, Long> cpuAtStart = cpuTimes();
        IndexingTimes indexingAtStart = IndexingTimes.of(elasticsearch);
        long measuredFrom = System.nanoTime();

        Map<String, Object> latency = new LinkedHashMap<>();
        // received→searchable p99 at 50/s, s: the pipeline's latency unsaturated, for what a step holds in flight
        double unsaturatedLatencySeconds = 0;
        for (int rate : List.of(50, 200)) {
            awaitIngestIdle();
            log("received→searchable at " + rate + "/s for " + plan.latencyPhase().toSeconds() + " s");
            OpenLoopLoad.Run run = measured(load.start("bench-latency-" + rate, rate, plan.latencyPhase()));
            SearchableProbe.Result result = new SearchableProbe(elasticsearch).watch(run, DRAIN_PATIENCE);
            Latencies fromReceived = Latencies.of(result.fromReceived());
            Latencies fromSend = Latencies.of(result.fromIntendedSend());
            Map<String, Object> phase = new LinkedHashMap<>();
            phase.put("offered_per_s", rate);
            phase.put("accepted", run.accepted());
            phase.put("failed", run.failed());
            phase.put("transport_retries", run.transportRetries());
            phase.put("not_searchable", result.missing());
            phase.put("received_to_searchable", fromReceived.asMap());
            phase.put("intended_send_to_searchable", fromSend.asMap());
            phase.put("accept", Latencies.of(run.acceptLatency()).asMap());
            latency.put(rate + "_per_s", phase);
            if (rate == 50) {
                unsaturatedLatencySeconds = fromReceived.p99() / 1000;
            }
            report.row("received→searchable p50/p95/p99 @" + rate + "/s (ms)",
                    fromReceived.p50() + " / " + fromReceived.p95() + " / " + fromReceived.p99(),
                    rate == 200 ? "p99 ≤ 1500" : "");
            report.row("  same from intended send time (ms)",
                    fromSend.p50() + " / " + fromSend.p95() + " / " + fromSend.p99(), "");
        }
        report.put("searchable_latency", latency);

        int sustained = sustainedThroughput(unsaturatedLatencySeconds);
        awaitIngestIdle();
        Map<String, Long> cpuAtEnd = cpuTimes();
        long measuredTo = System.nanoTime();
        // a second idle window, counted in no phase: after a short warm-up a JVM can still be busy (Kafka's idle
        // read 9 % of a core after the long plan's 20 s warm-up, 16-55 % after the short plan's 5 s)
        idleCpu = lowest(idleAfterWarmup, idleCpuPerSecond());
        report.put("idle_cpu_percent_of_a_core", percentOfACore(idleCpu));
        double pipelineCpuPerStory = cpuPerStory("cpu_ms_per_story", cpuAtStart, cpuAtEnd,
                (measuredTo - measuredFrom) / 1e9, true);
        Map<String, Long> cpuBeforeBurst = cpuTimes();
        long burstFrom = System.nanoTime();
        Map<String, Object> indexing = IndexingTimes.of(elasticsearch).since(indexingAtStart,
                measuredRuns.stream().mapToLong(OpenLoopLoad.Run::accepted).sum());
        report.put("elasticsearch_indexing", indexing);
        report.row("  Elasticsearch per story: index / refresh / merge (ms)", indexing.get("index_ms_per_story")
                + " / " + indexing.get("refresh_ms_per_story") + " / " + indexing.get("merge_ms_per_story"), "");
        report.row("  Elasticsearch refreshes, documents per bulk", indexing.get("refreshes") + ", "
                + indexing.get("documents_per_bulk"), "");
        measuredRuns.clear();

        // last of the load phases: at 1,000/s an overloaded ingest queues requests that later phases would wait behind
        log("ingest accept latency at 1000/s for " + plan.acceptPhase().toSeconds() + " s");
        OpenLoopLoad.Run burst = measured(load.start("bench-accept-1000", 1000, plan.acceptPhase()));
        burst.done().join();
        Latencies accept = Latencies.of(burst.acceptLatency());
        long drainStart = System.nanoTime();
        double drainSeconds = awaitSearchable(burst);
        Map<String, Object> acceptPhase = new LinkedHashMap<>();
        acceptPhase.put("offered_per_s", 1000);
        acceptPhase.put("achieved_per_s", Math.round(burst.achievedPerSecond()));
        acceptPhase.put("accepted", burst.accepted());
        acceptPhase.put("failed", burst.failed());
        acceptPhase.put("transport_retries", burst.transportRetries());
        acceptPhase.put("accept", accept.asMap());
        acceptPhase.put("backlog_drained_after_s", Math.round(drainSeconds * 10) / 10.0);
        report.put("accept_latency_1000_per_s", acceptPhase);
        report.row("ingest accept p50/p99 @1000/s (ms)", accept.p50() + " / " + accept.p99(), "p99 ≤ 50");
        report.row("  accepted / failed, achieved rate",
                burst.accepted() + " / " + burst.failed() + ", " + Math.round(burst.achievedPerSecond()) + "/s", "");
        log("  drained " + (System.nanoTime() - drainStart) / 1_000_000 + " ms after the last answer");
        awaitIngestIdle();
        // apart: the requests ingest sheds (429 overloaded) cost it CPU too, but are no story
        cpuPerStory("cpu_ms_per_story_at_1000_per_s", cpuBeforeBurst, cpuTimes(), (System.nanoTime() - burstFrom) / 1e9,
                false);

        log("baseline: raw Kafka producer, " + plan.rawProducerCount() + " records");
        List<String> keys = new ArrayList<>();
        List<byte[]> values = new ArrayList<>();
        for (int n = 0; n < plan.rawProducerCount(); n++) {
            keys.add(StoryCorpus.uri("bench-raw", n));
            values.add(corpus.story("bench-raw", n, n).getBytes(StandardCharsets.UTF_8));
        }
        Throughput producer = RawKafkaProducer.measure(stack.kafka.bootstrapServers(), "bench.raw-producer", keys,
                values);
        keys = null;
        values = null;
        report.put("raw_kafka_producer", producer.asMap());
        report.row("raw Kafka producer, acks=all (records/s)", fmt(producer.perSecond())
                + " (" + fmt1(producer.mibPerSecond()) + " MiB/s)", "");

        EnrichedTopic enriched = new EnrichedTopic(stack.kafka.bootstrapServers());
        long readStart = System.nanoTime();
        List<ArticleDocument> documents = enriched.readAll();
        Throughput read = new Throughput(documents.size(), 0, System.nanoTime() - readStart);
        log("baseline: raw Elasticsearch bulk of the " + documents.size() + " documents of articles.enriched");
        elasticsearch.put("/articles-vbench-raw", "{}");
        Long esCpuBefore = cpuTimes().get(Stack.ELASTICSEARCH);
        Throughput bulk = BulkLoader.load(elasticsearch, "articles-vbench-raw", documents);
        Long esCpuAfter = cpuTimes().get(Stack.ELASTICSEARCH);
        documents = null;
        report.put("raw_bulk", bulk.asMap());
        double bulkCpuPerDoc = esCpuBefore == null || esCpuAfter == null || bulk.records() == 0 ? Double.NaN
                : (esCpuAfter - esCpuBefore) / 1e6 / bulk.records();
        report.put("raw_bulk_elasticsearch_cpu_ms_per_doc", round2(bulkCpuPerDoc));
        report.put("enriched_read_only", read.asMap());
        report.row("raw ES bulk (docs/s)", fmt(bulk.perSecond()) + " (" + fmt1(bulk.mibPerSecond()) + " MiB/s)",
                "");

        log("replay: publish-service's reindex command, articles.enriched into the next articles-v<N>");
        Throughput replay = stack.reindex();
        report.put("replay", replay.asMap());
        double pipelineRatio = sustained / bulk.perSecond();
        double replayRatio = replay.perSecond() / bulk.perSecond();
        report.put("ratios", Map.of("pipeline_to_raw_bulk", round2(pipelineRatio),
                "replay_to_raw_bulk", round2(replayRatio)));
        report.row("pipeline sustained throughput (stories/s)", Integer.toString(sustained), "");
        report.row("  ratio to raw bulk", fmt2(pipelineRatio), "≥ 0.5");
        report.row("replay throughput (docs/s)", fmt(replay.perSecond()), "");
        report.row("  ratio to raw bulk", fmt2(replayRatio), "≥ 0.9");
        // on a saturated machine throughput is CPU / (CPU per story): this ratio estimates the pipeline-to-bulk
        // ratio without needing a quiet machine for the sustained-rate search
        double cpuRatio = bulkCpuPerDoc / pipelineCpuPerStory;
        report.put("cpu_bound_ratio_estimate", round2(cpuRatio));
        report.row("raw bulk: Elasticsearch CPU per document (ms)", fmt2(bulkCpuPerDoc), "");
        report.row("  ratio to the pipeline's CPU per story", fmt2(cpuRatio), "");

        peakMemory();
    }

    /**
     * Offers the plan's rates in turn ({@link SustainedRateSearch}, {@value #STEP_ATTEMPTS} attempts at a rate); a
     * rate is sustained when every request is accepted at that rate and the backlog (accepted, not yet searchable)
     * does not grow — or, if it grew, was only the ramp-up of a step short next to the pipeline's latency
     * ({@link LagTrend#onlyRampUp}).
     *
     * @param unsaturatedLatencySeconds the received→searchable p99 at 50/s, s
     * @return the highest rate sustained, stories/s (0 if none)
     */
    private int sustainedThroughput(double unsaturatedLatencySeconds) throws Exception {
        List<Map<String, Object>> steps = new ArrayList<>();
        int sustained = SustainedRateSearch.highest(plan.stepRates(), STEP_ATTEMPTS,
                (rate, attempt) -> step(rate, attempt, unsaturatedLatencySeconds, steps));
        report.put("sustained_throughput", Map.of("steps", steps, "sustained_per_s", sustained,
                "growth_tolerance", GROWTH_TOLERANCE + " of the offered rate per second",
                "attempts_per_rate", STEP_ATTEMPTS));
        return sustained;
    }

    /**
     * Offers one step of the sustained-throughput search and waits for its backlog to drain.
     *
     * @param unsaturatedLatencySeconds the received→searchable p99 at 50/s, s ({@link LagTrend#onlyRampUp})
     * @param steps                     where the step's figures are added, for the report
     * @return whether the rate was sustained
     */
    private boolean step(int rate, int attempt, double unsaturatedLatencySeconds, List<Map<String, Object>> steps)
            throws Exception {
        awaitIngestIdle();
        log("sustained throughput: " + rate + "/s for " + plan.step().toSeconds() + " s, attempt " + attempt);
        OpenLoopLoad.Run run = measured(load.start("bench-step-" + rate + "-" + attempt, rate, plan.step()));
        String prefix = StoryCorpus.uri(run.prefix(), 0);
        prefix = prefix.substring(0, prefix.length() - 1);
        List<LagTrend.Sample> samples = new ArrayList<>();
        long start = System.nanoTime();
        while (!run.done().isDone()) {
            long searchable = elasticsearch.count("articles", prefix);
            samples.add(new LagTrend.Sample((System.nanoTime() - start) / 1e9, run.accepted() - searchable));
            Thread.sleep(500);
        }
        boolean growing = samples.size() >= 6 && LagTrend.growing(samples, rate, GROWTH_TOLERANCE);
        double slope = samples.size() >= 6 ? LagTrend.settledSlopePerSecond(samples) : 0;
        boolean kept = run.failed() == 0 && run.achievedPerSecond() >= 0.95 * rate;
        double drain = awaitSearchable(run);
        long backlogAtEnd = samples.isEmpty() ? 0 : samples.get(samples.size() - 1).backlog();
        boolean keptUp = !growing || LagTrend.onlyRampUp(backlogAtEnd, drain, rate, unsaturatedLatencySeconds);
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("offered_per_s", rate);
        step.put("attempt", attempt);
        step.put("achieved_per_s", Math.round(run.achievedPerSecond()));
        step.put("failed", run.failed());
        step.put("transport_retries", run.transportRetries());
        step.put("backlog_growth_per_s", round2(slope));
        step.put("backlog_at_end", backlogAtEnd);
        step.put("drained_after_s", Math.round(drain * 10) / 10.0);
        step.put("drain_rate_per_s", drain <= 0 ? null : Math.round(backlogAtEnd / drain));
        step.put("in_flight_at_unsaturated_latency", Math.round(rate * unsaturatedLatencySeconds));
        step.put("accept", Latencies.of(run.acceptLatency()).asMap());
        step.put("sustained", kept && keptUp);
        steps.add(step);
        log("  " + step);
        return kept && keptUp;
    }

    /**
     * Waits until nothing more arrives on {@code articles.ingested} for 2 s: requests an overloaded ingest still had
     * queued (their clients long gone) are written by then, and do not compete with the baselines.
     */
    private void awaitIngestIdle() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                (Object) stack.kafka.bootstrapServers()))) {
            long deadline = System.nanoTime() + DRAIN_PATIENCE.toNanos();
            long last = -1;
            long stableSince = System.nanoTime();
            while (System.nanoTime() < deadline) {
                Map<TopicPartition, OffsetSpec> partitions = admin.describeTopics(List.of(Topics.ARTICLES_INGESTED))
                        .allTopicNames().get().get(Topics.ARTICLES_INGESTED).partitions().stream()
                        .collect(Collectors.toMap(p -> new TopicPartition(Topics.ARTICLES_INGESTED, p.partition()),
                                p -> OffsetSpec.latest()));
                long total = admin.listOffsets(partitions).all().get().values().stream()
                        .mapToLong(info -> info.offset()).sum();
                if (total != last) {
                    last = total;
                    stableSince = System.nanoTime();
                } else if (System.nanoTime() - stableSince > 2_000_000_000L) {
                    return;
                }
                Thread.sleep(250);
            }
            log("  ingest still writing after " + DRAIN_PATIENCE.toSeconds() + " s");
        }
    }

    /** Waits until every accepted story of {@code run} is searchable (or the patience runs out); @return seconds */
    private double awaitSearchable(OpenLoopLoad.Run run) throws IOException, InterruptedException {
        run.done().join();
        String prefix = StoryCorpus.uri(run.prefix(), 0);
        prefix = prefix.substring(0, prefix.length() - 1);
        long start = System.nanoTime();
        long deadline = start + DRAIN_PATIENCE.toNanos();
        while (elasticsearch.count("articles", prefix) < run.accepted()) {
            if (System.nanoTime() > deadline) {
                log("  not all of " + run.prefix() + " searchable after " + DRAIN_PATIENCE.toSeconds() + " s");
                break;
            }
            Thread.sleep(250);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Registers a load phase whose stories count in the CPU per story; @return {@code run} */
    private OpenLoopLoad.Run measured(OpenLoopLoad.Run run) {
        measuredRuns.add(run);
        return run;
    }

    /** @return CPU nanoseconds used so far by each process of the stack, by name */
    private Map<String, Long> cpuTimes() {
        Map<String, Long> times = new LinkedHashMap<>();
        stack.pids().forEach((name, pid) -> CpuTime.of(pid).ifPresent(nanos -> times.put(name, nanos)));
        return times;
    }

    /**
     * CPU each process uses with the stack up and no load (pollers, heartbeats, the console's followers), measured
     * over {@value #IDLE_SECONDS} s, in CPU nanoseconds per second.
     */
    private Map<String, Double> idleCpuPerSecond() throws InterruptedException {
        Map<String, Long> before = cpuTimes();
        long from = System.nanoTime();
        Thread.sleep(IDLE_SECONDS * 1000L);
        Map<String, Long> after = cpuTimes();
        double seconds = (System.nanoTime() - from) / 1e9;
        Map<String, Double> rates = new LinkedHashMap<>();
        after.forEach((name, nanos) -> {
            Long start = before.get(name);
            if (start != null) {
                rates.put(name, (nanos - start) / seconds);
            }
        });
        return rates;
    }

    /** Per process, the lower of two idle measurements: a window that caught leftover work overstates idle. */
    private static Map<String, Double> lowest(Map<String, Double> first, Map<String, Double> second) {
        Map<String, Double> lowest = new LinkedHashMap<>(first);
        second.forEach((name, rate) -> lowest.merge(name, rate, Math::min));
        return lowest;
    }

    private static Map<String, Object> percentOfACore(Map<String, Double> nanosPerSecond) {
        Map<String, Object> percent = new LinkedHashMap<>();
        nanosPerSecond.forEach((name, rate) -> percent.put(name, round2(rate / 1e7)));
        return percent;
    }

    /**
     * CPU milliseconds each process spent per story accepted in the load phases since the last reset of
     * {@link #measuredRuns}: the work a stage does for a story, whatever else the machine runs. Also the marginal
     * figure: the same less what the process uses idle ({@link #idleCpuPerSecond}) over the {@code seconds} measured.
     * Written to the report under {@code key}, and to the table when {@code tabulated}.
     *
     * @return the whole stack's CPU milliseconds per story (NaN without a story)
     */
    private double cpuPerStory(String key, Map<String, Long> start, Map<String, Long> end, double seconds,
            boolean tabulated) {
        long stories = measuredRuns.stream().mapToLong(OpenLoopLoad.Run::accepted).sum();
        Map<String, Object> perStory = new LinkedHashMap<>();
        Map<String, Object> marginalPerStory = new LinkedHashMap<>();
        double total = 0;
        double marginalTotal = 0;
        for (var entry : end.entrySet()) {
            Long before = start.get(entry.getKey());
            if (before == null || stories == 0) {
                continue;
            }
            double ms = (entry.getValue() - before) / 1e6 / stories;
            double marginal = ms - idleCpu.getOrDefault(entry.getKey(), 0.0) * seconds / 1e6 / stories;
            total += ms;
            marginalTotal += marginal;
            perStory.put(entry.getKey(), round2(ms));
            marginalPerStory.put(entry.getKey(), round2(marginal));
            if (tabulated) {
                report.row("CPU per story " + entry.getKey() + ", all / less idle (ms)",
                        fmt2(ms) + " / " + fmt2(marginal), "");
            }
        }
        perStory.put("stack_total", round2(total));
        marginalPerStory.put("stack_total", round2(marginalTotal));
        if (tabulated) {
            report.row("CPU per story whole stack, all / less idle (ms)", fmt2(total) + " / " + fmt2(marginalTotal),
                    "");
        }
        report.put(key, Map.of("stories", stories, "seconds", Math.round(seconds), "per_process", perStory,
                "per_process_less_idle", marginalPerStory));
        return stories == 0 ? Double.NaN : total;
    }

    private void peakMemory() {
        Map<String, Long> pids = new LinkedHashMap<>(stack.pids());
        pids.put("bench (load generator)", ProcessHandle.current().pid());
        Map<String, Object> rss = new LinkedHashMap<>();
        long stackTotal = 0;
        for (var entry : pids.entrySet()) {
            OptionalLong bytes = PeakMemory.of(entry.getValue());
            rss.put(entry.getKey(), bytes.isPresent() ? bytes.getAsLong() : null);
            if (bytes.isPresent()) {
                if (!entry.getKey().startsWith("bench")) {
                    stackTotal += bytes.getAsLong();
                }
                report.row("peak RSS " + entry.getKey() + " (MiB)", Long.toString(bytes.getAsLong() >> 20), "");
            }
        }
        rss.put("stack_total", stackTotal);
        report.put("peak_rss_bytes", rss);
        report.row("peak RSS whole stack (MiB)", Long.toString(stackTotal >> 20), "≤ 3072");
    }

    private static void log(String message) {
        System.out.println("[bench " + DateTimeFormatter.ISO_LOCAL_TIME.withZone(ZoneOffset.UTC).format(Instant.now())
                + "] " + message);
    }

    private static String fmt(double value) {
        return Long.toString(Math.round(value));
    }

    private static String fmt1(double value) {
        return String.format("%.1f", value);
    }

    private static String fmt2(double value) {
        return String.format("%.2f", value);
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
