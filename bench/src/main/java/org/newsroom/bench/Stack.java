package org.newsroom.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsroom.bench.baseline.Throughput;
import org.newsroom.infra.LocalElasticsearch;
import org.newsroom.infra.LocalKafka;
import org.newsroom.infra.ServiceJvmOptions;
import org.newsroom.infra.ServiceProcess;

/**
 * The bench's own pipeline: a fresh Kafka broker and Elasticsearch node on free ports under the bench's work
 * directory (wiped first), and the three services from their {@code *-exec.jar} with the JVM options
 * {@code ./newsroom up} gives them. Closing stops everything.
 */
final class Stack implements AutoCloseable {

    /** The Elasticsearch node's name in {@link #pids()}. */
    static final String ELASTICSEARCH = "elasticsearch";

    /**
     * The system property whose value (space-separated) replaces every service's JVM options, to compare flags; by
     * default each service gets those of {@code ./newsroom up} ({@link ServiceJvmOptions}), so the figures are the
     * production ones.
     */
    private static final String JVM_ARGS_PROPERTY = "newsroom.bench.service-jvm-args";
    /** Generous: on a shared 2-core machine a Spring Boot service has been seen to need over 3 min. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);
    private static final Duration REINDEX_TIMEOUT = Duration.ofSeconds(600);
    /** {@code ReindexCommand}'s summary: "reindexed A -> B: 4,748 records (0 dead-lettered) in 6.2 s". */
    private static final Pattern REINDEX_SUMMARY = Pattern.compile(
            "reindexed \\S+ -> \\S+: ([\\d,]+) records \\([\\d,]+ dead-lettered\\) in ([\\d.]+) s");

    final LocalKafka kafka;
    final LocalElasticsearch elasticsearch;
    final ServiceProcess ingest;
    final ServiceProcess enrich;
    final ServiceProcess publish;

    private final Path publishJar;
    private final Path servicesDir;

    private Stack(LocalKafka kafka, LocalElasticsearch elasticsearch, ServiceProcess ingest, ServiceProcess enrich,
            ServiceProcess publish, Path publishJar, Path servicesDir) {
        this.publishJar = publishJar;
        this.servicesDir = servicesDir;
        this.kafka = kafka;
        this.elasticsearch = elasticsearch;
        this.ingest = ingest;
        this.enrich = enrich;
        this.publish = publish;
    }

    /**
     * @param projectDir the repository root (service jars under {@code <service>/target/})
     * @param version    the project version, in the jar names
     * @param workDir    the stack's state, wiped first
     */
    static Stack start(Path projectDir, String version, Path workDir) throws IOException {
        Path kafkaDir = workDir.resolve("kafka");
        Path elasticsearchDir = workDir.resolve("elasticsearch");
        LocalKafka.reset(kafkaDir);
        LocalElasticsearch.reset(elasticsearchDir);
        LocalElasticsearch.Builder node = LocalElasticsearch.builder().workDir(elasticsearchDir)
                .heap(System.getenv().getOrDefault("NEWSROOM_ES_HEAP", "512m"));
        Path plugins = projectDir.resolve("search-analysis-plugin/target");
        if (Files.isDirectory(plugins)) {
            try (Stream<Path> zips = Files.list(plugins)) {
                zips.filter(p -> p.toString().endsWith(".zip")).forEach(node::plugin);
            }
        }
        // a thread per start: the common pool has one thread on two cores, and each start blocks until ready
        ExecutorService starts = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "bench-start");
            thread.setDaemon(true);
            return thread;
        });
        CompletableFuture<LocalElasticsearch> elasticsearch = CompletableFuture.supplyAsync(() -> {
            try {
                return node.start();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, starts);
        LocalKafka kafka = LocalKafka.start(kafkaDir, 0);
        Path servicesDir = workDir.resolve("services");
        Map<String, String> kafkaOnly = Map.of("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
        // the per-agency request limit (5/s sustained by default) is a policy for agencies, not a limit of the
        // pipeline: with it the load phases would measure 429s
        Map<String, String> ingestProperties = new LinkedHashMap<>(kafkaOnly);
        ingestProperties.put("newsroom.ingest.rate-limit.enabled", "false");
        // ingest and enrich need only Kafka: they start while Elasticsearch does
        var ingest = CompletableFuture.supplyAsync(() -> service(projectDir, version, "ingest-service",
                ingestProperties, servicesDir), starts);
        var enrich = CompletableFuture.supplyAsync(() -> service(projectDir, version, "enrich-service", kafkaOnly,
                servicesDir), starts);
        LocalElasticsearch es = elasticsearch.join();
        Map<String, String> withEs = new LinkedHashMap<>(kafkaOnly);
        withEs.put("newsroom.elasticsearch.uris", es.httpUri().toString());
        var publish = CompletableFuture.supplyAsync(() -> service(projectDir, version, "publish-service", withEs,
                servicesDir), starts);
        try {
            return new Stack(kafka, es, ingest.join(), enrich.join(), publish.join(),
                    jar(projectDir, version, "publish-service"), servicesDir);
        } finally {
            starts.shutdown();
        }
    }

    /** @return base URI of the ingest API */
    String ingestUrl() {
        return "http://127.0.0.1:" + ingest.port();
    }

    /** @return every process of the stack by name, with its pid */
    Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        pids.put("kafka", kafka.pid());
        pids.put(ELASTICSEARCH, elasticsearch.pid());
        pids.put("ingest-service", ingest.pid());
        pids.put("enrich-service", enrich.pid());
        pids.put("publish-service", publish.pid());
        return pids;
    }

    @Override
    public void close() {
        for (ServiceProcess service : List.of(ingest, enrich, publish)) {
            service.stop();
        }
        elasticsearch.stop();
        kafka.stop();
    }

    private static List<String> jvmArgs(String service) {
        String replaced = System.getProperty(JVM_ARGS_PROPERTY);
        return replaced == null || replaced.isBlank() ? ServiceJvmOptions.of(service)
                : List.of(replaced.trim().split("\\s+"));
    }

    /**
     * Runs publish-service's {@code reindex} command against this stack as {@code ./newsroom reindex} runs it: a JVM of
     * its own that replays {@code articles.enriched} into {@code articles-v<N+1>} through publish's bulk indexer,
     * restores the index settings, refreshes, and moves the alias. Its progress goes to {@code services/reindex.log},
     * its summary to {@code services/reindex.out}.
     *
     * @return the records replayed over the reindex's own time, from JVM start-up excluded (its summary line)
     * @throws IOException when the command fails, or its summary line cannot be read
     */
    Throughput reindex() throws IOException, InterruptedException {
        Path log = servicesDir.resolve("reindex.log");
        Path out = servicesDir.resolve("reindex.out");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(jvmArgs("publish-service"));
        command.addAll(List.of("-jar", publishJar.toString(), "reindex",
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--newsroom.elasticsearch.uris=" + elasticsearch.httpUri()));
        // standard output to a file, so the timeout holds even if the command hangs with its output open
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).redirectOutput(out.toFile()).start();
        if (!process.waitFor(REINDEX_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("reindex still running after " + REINDEX_TIMEOUT.toSeconds() + " s; see " + log);
        }
        String summary = Files.readString(out, StandardCharsets.UTF_8).strip();
        Matcher matcher = REINDEX_SUMMARY.matcher(summary);
        if (process.exitValue() != 0 || !matcher.find()) {
            throw new IOException("reindex exited " + process.exitValue() + ": " + summary + "; see " + log);
        }
        long records = Long.parseLong(matcher.group(1).replace(",", ""));
        long nanos = Math.round(Double.parseDouble(matcher.group(2)) * 1e9);
        return new Throughput(records, 0, nanos);
    }

    private static Path jar(Path projectDir, String version, String name) {
        return projectDir.resolve(name).resolve("target").resolve(name + "-" + version + "-exec.jar");
    }

    private static ServiceProcess service(Path projectDir, String version, String name, Map<String, String> properties,
            Path dir) {
        Path jar = jar(projectDir, version, name);
        try {
            return ServiceProcess.startOnFreePort(name, jar, properties, jvmArgs(name), dir, START_TIMEOUT);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
