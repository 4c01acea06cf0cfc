package org.newsroom.infra.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.newsroom.infra.ExitPolicy;
import org.newsroom.infra.InfraBuild;
import org.newsroom.infra.LocalElasticsearch;
import org.newsroom.infra.LocalKafka;
import org.newsroom.infra.ServiceJvmOptions;
import org.newsroom.infra.ServiceProcess;

/**
 * The run command behind {@code ./newsroom}: {@code up}, {@code down}, {@code status}, {@code feed FILE...}. It runs
 * in the project root and keeps all state under {@code .newsroom/}: {@code kafka/}, {@code elasticsearch/} and
 * {@code services/} (each with its logs and pid files), so data persists across restarts.
 *
 * <p>Environment: {@code NEWSROOM_AGENCY_KEY} (bearer token for {@code feed}, default {@code demo-secret}),
 * {@code NEWSROOM_ES_HEAP} (Elasticsearch heap, default {@code 512m}).
 */
public final class NewsroomCli {

    static final int KAFKA_PORT = 9092;
    static final int ELASTICSEARCH_PORT = 9200;
    static final String BOOTSTRAP_SERVERS = "127.0.0.1:" + KAFKA_PORT;
    static final String ELASTICSEARCH_URI = "http://127.0.0.1:" + ELASTICSEARCH_PORT;
    static final URI INGEST_API = URI.create("http://127.0.0.1:8081/api/v1/articles");

    /** The services, in start order; they are stopped in reverse. */
    static final List<Service> SERVICES = List.of(
            new Service("ingest-service", 8081, false),
            new Service("enrich-service", 8082, false),
            new Service("publish-service", 8083, true));

    private static final Duration SERVICE_START_TIMEOUT = Duration.ofSeconds(180);
    private static final String USAGE = """
            usage: ./newsroom up | down | status | feed FILE... | reindex | bench [--long] | train | eval
              up      start Kafka (127.0.0.1:9092), Elasticsearch (127.0.0.1:9200) and the three services,
                      feed samples/, print the URLs; reuses whatever already runs
              down    stop everything up started (services, then Elasticsearch, then Kafka)
              status  show each component's pid, port and state
              feed    post files to the ingest API (NEWSROOM_AGENCY_KEY, default demo-secret)
            handled by the ./newsroom script itself:
              reindex replay articles.enriched into a new index and swap the alias (publish-service)
              bench   measure the pipeline against raw Kafka and Elasticsearch baselines [--long]
              train   train the section model: --corpus DIR [--out DIR] (enrich-service)
              eval    evaluate language, section and enrichment throughput: --corpus DIR (enrich-service)""";

    /**
     * A service of the pipeline.
     *
     * @param name                the module name, which is also the jar's prefix
     * @param port                its HTTP port
     * @param needsElasticsearch  whether it gets {@code newsroom.elasticsearch.uris}
     */
    record Service(String name, int port, boolean needsElasticsearch) {

        /** @return {@code <root>/<name>/target/<name>-<version>-exec.jar} */
        Path jar(Path root) {
            return root.resolve(name).resolve("target").resolve(name + "-" + InfraBuild.projectVersion() + "-exec.jar");
        }

        /** @return the Spring properties pointing it at the local Kafka (and Elasticsearch) */
        Map<String, String> properties() {
            return needsElasticsearch
                    ? Map.of("spring.kafka.bootstrap-servers", BOOTSTRAP_SERVERS,
                            "newsroom.elasticsearch.uris", ELASTICSEARCH_URI)
                    : Map.of("spring.kafka.bootstrap-servers", BOOTSTRAP_SERVERS);
        }
    }

    private final Path root;
    private final PrintStream out;

    NewsroomCli(Path root, PrintStream out) {
        this.root = root;
        this.out = out;
    }

    /**
     * Runs one command in the current directory, which must be the project root, and exits with its status: 0 on
     * success, 1 if something failed, 2 on a usage error.
     *
     * @param args the command and its arguments
     */
    public static void main(String[] args) {
        System.setProperty("log4j2.configurationFile", "org/newsroom/infra/cli/log4j2-cli.properties");
        int status;
        try {
            status = new NewsroomCli(Path.of("").toAbsolutePath(), System.out).run(Arrays.asList(args));
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            System.err.println("newsroom: " + e.getMessage());
            status = 1;
        }
        System.exit(status);
    }

    int run(List<String> args) throws IOException {
        if (args.isEmpty()) {
            System.err.println(USAGE);
            return 2;
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "up" -> rest.isEmpty() ? up() : usage();
            case "down" -> rest.isEmpty() ? down() : usage();
            case "status" -> rest.isEmpty() ? status() : usage();
            case "feed" -> rest.isEmpty() ? usage() : feed(rest.stream().map(Path::of).toList());
            case "-h", "--help", "help" -> {
                out.println(USAGE);
                yield 0;
            }
            default -> usage();
        };
    }

    private int up() throws IOException {
        ExitPolicy.leaveRunning();
        for (Service service : SERVICES) {
            if (!Files.isRegularFile(service.jar(root))) {
                throw new IOException("no " + service.jar(root) + ": build first (./mvnw -DskipTests install)");
            }
        }
        out.println("starting the pipeline; state in " + state());
        boolean kafkaRunning = LocalKafka.attach(kafkaDir()).isPresent();
        CompletableFuture<LocalKafka> kafka = async(() -> timed("kafka", kafkaRunning,
                () -> LocalKafka.start(kafkaDir(), KAFKA_PORT), LocalKafka::pid));
        LocalElasticsearch.Builder elasticsearch = LocalElasticsearch.builder()
                .workDir(elasticsearchDir())
                .httpPort(ELASTICSEARCH_PORT)
                .heap(Optional.ofNullable(System.getenv("NEWSROOM_ES_HEAP")).orElse("512m"));
        analysisPlugin().ifPresent(elasticsearch::plugin);
        boolean nodeRunning = LocalElasticsearch.attach(elasticsearchDir()).isPresent();
        CompletableFuture<LocalElasticsearch> node = async(() -> timed("elasticsearch", nodeRunning,
                elasticsearch::start, LocalElasticsearch::pid));
        if (failed(List.of(kafka, node))) {
            return 1;
        }
        List<CompletableFuture<ServiceProcess>> services = new ArrayList<>();
        for (Service service : SERVICES) {
            boolean running = ServiceProcess.attach(service.name(), servicesDir()).isPresent();
            services.add(async(() -> timed(service.name(), running, () -> ServiceProcess.start(service.name(),
                    service.jar(root), service.port(), service.properties(), ServiceJvmOptions.of(service.name()), servicesDir(),
                    SERVICE_START_TIMEOUT), ServiceProcess::pid)));
        }
        if (failed(services)) {
            return 1;
        }
        boolean fed = feedSamples();
        out.printf(Locale.ROOT, """

                the pipeline is up (Kafka %s, Elasticsearch %s)
                  ingest API    POST %s  (Authorization: Bearer $NEWSROOM_AGENCY_KEY)
                  site preview  http://127.0.0.1:8083/
                  site search   http://127.0.0.1:8083/api/v1/search?q=...
                  console       http://127.0.0.1:8083/console  (editor / editor-secret)
                  ingest docs   http://127.0.0.1:8081/v3/api-docs
                  health        %s
                  logs          %s (kafka/kafka.log, elasticsearch/logs/, services/*.log)
                  stop with     ./newsroom down
                """, kafka.join().bootstrapServers(), node.join().httpUri(), INGEST_API,
                String.join("\n                ", SERVICES.stream()
                        .map(service -> "http://127.0.0.1:" + service.port() + "/actuator/health").toList()),
                root.relativize(state()));
        return fed ? 0 : 1;
    }

    private int down() throws IOException {
        List<Service> stopOrder = new ArrayList<>(SERVICES);
        Collections.reverse(stopOrder);
        for (Service service : stopOrder) {
            Optional<ServiceProcess> running = ServiceProcess.attach(service.name(), servicesDir());
            running.ifPresent(ServiceProcess::stop);
            report(service.name(), running.map(ServiceProcess::pid));
        }
        Optional<LocalElasticsearch> node = LocalElasticsearch.attach(elasticsearchDir());
        node.ifPresent(LocalElasticsearch::stop);
        report("elasticsearch", node.map(LocalElasticsearch::pid));
        Optional<LocalKafka> kafka = LocalKafka.attach(kafkaDir());
        kafka.ifPresent(LocalKafka::stop);
        report("kafka", kafka.map(LocalKafka::pid));
        return 0;
    }

    private int status() throws IOException {
        String format = "%-16s %-8s %-6s %s%n";
        out.printf(format, "COMPONENT", "PID", "PORT", "STATE");
        Optional<LocalKafka> kafka = LocalKafka.attach(kafkaDir());
        out.printf(format, "kafka", pid(kafka.map(LocalKafka::pid)), KAFKA_PORT,
                kafka.map(broker -> broker.answers() ? "up" : "starting (port not answering)").orElse("down"));
        Optional<LocalElasticsearch> node = LocalElasticsearch.attach(elasticsearchDir());
        out.printf(format, "elasticsearch", pid(node.map(LocalElasticsearch::pid)), ELASTICSEARCH_PORT,
                node.isEmpty() ? "down" : node.get().health().map(health -> "up (" + health + ")")
                        .orElse("starting (not answering)"));
        boolean allUp = kafka.isPresent() && node.isPresent();
        for (Service service : SERVICES) {
            Optional<ServiceProcess> running = ServiceProcess.attach(service.name(), servicesDir());
            Optional<String> health = running.isEmpty() ? Optional.empty() : running.get().health();
            out.printf(format, service.name(), pid(running.map(ServiceProcess::pid)), service.port(),
                    running.isEmpty() ? "down" : health.map(value -> "up (" + value + ")").orElse("not answering"));
            allUp &= health.filter("UP"::equals).isPresent();
        }
        return allUp ? 0 : 1;
    }

    private int feed(List<Path> files) throws IOException {
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new IOException("no file " + file);
            }
        }
        return newFeed().post(files, out) ? 0 : 1;
    }

    private boolean feedSamples() throws IOException {
        Path samples = root.resolve("samples");
        if (!Files.isDirectory(samples)) {
            out.println("no samples/ directory: nothing to feed");
            return true;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(samples)) {
            files = listing.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .map(root::relativize)
                    .sorted()
                    .toList();
        }
        out.println("\nfeeding " + files.size() + " sample(s) to " + INGEST_API);
        return newFeed().post(files, out);
    }

    private Feed newFeed() {
        return new Feed(INGEST_API, Optional.ofNullable(System.getenv("NEWSROOM_AGENCY_KEY")).orElse("demo-secret"));
    }

    /** Starts a component, printing one line when it is up: its name, elapsed seconds (or reuse) and pid. */
    private <T> T timed(String name, boolean running, Starter<T> starter, ToLongFunction<T> pid)
            throws IOException {
        long started = System.nanoTime();
        T component = starter.start();
        String how = running ? "already running"
                : String.format(Locale.ROOT, "up (%.1f s)", (System.nanoTime() - started) / 1e9);
        out.printf(Locale.ROOT, "%-16s %-20s pid %d%n", name, how, pid.applyAsLong(component));
        return component;
    }

    /** Runs {@code starter} in another thread. */
    private static <T> CompletableFuture<T> async(Starter<T> starter) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return starter.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Waits for all {@code starts}; prints why each failed one failed. @return whether any failed */
    private static boolean failed(List<? extends CompletableFuture<?>> starts) {
        boolean failed = false;
        for (CompletableFuture<?> start : starts) {
            try {
                start.join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause() instanceof UncheckedIOException io ? io.getCause() : e.getCause();
                System.err.println("\n" + cause.getMessage());
                failed = true;
            }
        }
        if (failed) {
            System.err.println("\nnot everything started; what did is still running (./newsroom down stops it)");
        }
        return failed;
    }

    private void report(String name, Optional<Long> pid) {
        out.printf(Locale.ROOT, "%-16s %s%n", name, pid.map(value -> "stopped (pid " + value + ")").orElse("not running"));
    }

    private static String pid(Optional<Long> pid) {
        return pid.map(String::valueOf).orElse("-");
    }

    private int usage() {
        System.err.println(USAGE);
        return 2;
    }

    /** @return the analysis plugin zip, if the search-analysis-plugin module has been built */
    private Optional<Path> analysisPlugin() throws IOException {
        Path target = root.resolve("search-analysis-plugin/target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> listing = Files.list(target)) {
            return listing.filter(file -> file.getFileName().toString().endsWith(".zip")).sorted().findFirst();
        }
    }

    private Path state() {
        return root.resolve(".newsroom");
    }

    private Path kafkaDir() {
        return state().resolve("kafka");
    }

    private Path elasticsearchDir() {
        return state().resolve("elasticsearch");
    }

    private Path servicesDir() {
        return state().resolve("services");
    }

    @FunctionalInterface
    private interface Starter<T> {
        T start() throws IOException;
    }
}
