package org.newsroom.infra;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Elasticsearch node (single-node cluster, security off) from the {@code integ-test-zip} distribution, run in
 * a detached child process bound to 127.0.0.1 with the running JVM's Java ({@code ES_JAVA_HOME}).
 *
 * <p>The distribution is unpacked once into a machine-wide cache and shared read-only (see
 * {@code ElasticsearchDistribution}); everything the node writes lives in its work directory: {@code config/}
 * ({@code ES_PATH_CONF}: the distribution's files, plus {@code elasticsearch.yml} and
 * {@code jvm.options.d/heap.options} rewritten on each start), {@code data/}, {@code logs/} (the node's logs and
 * {@code console.log}, the process output), {@code tmp/} ({@code ES_TMPDIR}) and {@code run/elasticsearch.pid}.
 *
 * <p>Elasticsearch refuses to run as root. When this JVM is root the node runs as the system user {@code newsroom-es}
 * (created if missing), which owns the work directory. If that user cannot reach the requested work directory (one
 * under {@code /root}, say), the directory is created as {@code /var/lib/newsroom/<hash of its path>} and a symbolic
 * link is left at the requested place.
 */
public final class LocalElasticsearch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalElasticsearch.class);

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
    private static final Path RELOCATED_ROOT = Path.of("/var/lib/newsroom");

    private final Path nodeDir;
    private final ProcessHandle node;
    private final List<ProcessHandle> processes;
    private final int httpPort;
    private final boolean startedHere;

    private LocalElasticsearch(Path nodeDir, ProcessHandle node, List<ProcessHandle> processes, int httpPort,
            boolean startedHere) {
        this.nodeDir = nodeDir;
        this.node = node;
        this.processes = processes;
        this.httpPort = httpPort;
        this.startedHere = startedHere;
    }

    /** @return a builder; {@link Builder#workDir(Path)} is required */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Finds the node recorded in {@code workDir}'s pid file, without starting one.
     *
     * @return the node, if its process is alive (it may still be starting: see {@link #health()})
     */
    public static Optional<LocalElasticsearch> attach(Path workDir) throws IOException {
        Path nodeDir = existingNodeDir(workDir.toAbsolutePath().normalize());
        Optional<ProcessHandle> node = pidFile(nodeDir).liveProcess();
        if (node.isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> port = ElasticsearchConfig.httpPort(nodeDir.resolve("config/elasticsearch.yml"));
        if (port.isEmpty()) {
            LOG.warn("pid {} in {} is alive but elasticsearch.yml names no http.port: ignoring it", node.get().pid(),
                    nodeDir);
            return Optional.empty();
        }
        List<ProcessHandle> processes = new ArrayList<>(List.of(node.get()));
        node.get().parent().filter(LocalElasticsearch::isLauncher).ifPresent(processes::add);
        return Optional.of(new LocalElasticsearch(nodeDir, node.get(), processes, port.get(), false));
    }

    /** Stops the node recorded in {@code workDir}, if any, and deletes its directory (and where a link points). */
    public static void reset(Path workDir) throws IOException {
        Optional<LocalElasticsearch> running = attach(workDir);
        if (running.isPresent()) {
            running.get().stop();
        }
        Directories.deleteRecursively(workDir.toAbsolutePath().normalize());
    }

    /** @return {@code http://127.0.0.1:<port>} */
    public URI httpUri() {
        return URI.create("http://127.0.0.1:" + httpPort);
    }

    /** @return the REST port */
    public int httpPort() {
        return httpPort;
    }

    /** @return the pid of the node's JVM (not of the launcher that started it) */
    public long pid() {
        return node.pid();
    }

    /** @return the directory of the node's logs and {@code console.log} */
    public Path logDir() {
        return nodeDir.resolve("logs");
    }

    /** @return the cluster health ({@code green}, {@code yellow} or {@code red}), or empty if the node does not answer */
    public Optional<String> health() throws IOException {
        if (!ChildProcesses.running(node)) {
            return Optional.empty();
        }
        return HttpProbe.get(httpUri().resolve("/_cluster/health"), REQUEST_TIMEOUT)
                .filter(answer -> answer.statusCode() == 200)
                .flatMap(HttpProbe.Answer::statusField);
    }

    /**
     * Stops the node: SIGTERM to the node and its launcher, then SIGKILL if either still runs 30 s later. Idempotent;
     * returns once both are gone.
     */
    public void stop() {
        if (processes.stream().anyMatch(ChildProcesses::running)) {
            LOG.info("stopping Elasticsearch (pid {})", node.pid());
            ChildProcesses.terminate(processes, STOP_GRACE);
        }
        try {
            pidFile(nodeDir).delete();
        } catch (IOException e) {
            LOG.warn("cannot delete {}: {}", pidFile(nodeDir).path(), e.toString());
        }
        if (startedHere) {
            ExitPolicy.stopped(this);
        }
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return "elasticsearch(pid " + node.pid() + ", " + httpUri() + ")";
    }

    /** @return whether {@code process} is the launcher JVM of {@code bin/elasticsearch} (false if unreadable) */
    private static boolean isLauncher(ProcessHandle process) {
        return process.info().arguments()
                .map(arguments -> List.of(arguments).contains("org.elasticsearch.launcher.CliToolLauncher"))
                .orElse(false);
    }

    private static PidFile pidFile(Path nodeDir) {
        return new PidFile(nodeDir.resolve("run/elasticsearch.pid"));
    }

    /** @return where the node's files are: the link's target if {@code requested} is a link, else itself */
    private static Path existingNodeDir(Path requested) throws IOException {
        return Files.isSymbolicLink(requested)
                ? requested.getParent().resolve(Files.readSymbolicLink(requested)).normalize()
                : requested;
    }

    /**
     * @return the directory for the node's files, created: {@code requested}, or if {@code user} cannot reach it, a
     *         directory under /var/lib/newsroom that {@code requested} becomes a link to
     */
    private static Path placeNodeDir(Path requested, NodeUser user) throws IOException {
        if (Files.isSymbolicLink(requested)) {
            Path target = existingNodeDir(requested);
            Files.createDirectories(target);
            return target;
        }
        Files.createDirectories(requested.getParent());
        if (!user.switchesUser() || user.canAccess(requested.getParent())) {
            Files.createDirectories(requested);
            return requested;
        }
        if (Files.exists(requested)) {
            throw new IOException(user.name() + " cannot reach " + requested + " (it cannot search a directory above"
                    + " it): move that directory away, and it will be recreated as a link to /var/lib/newsroom");
        }
        Path relocated = RELOCATED_ROOT.resolve(shortHash(requested.toString()));
        ElasticsearchDistribution.createReadableDirectories(RELOCATED_ROOT);
        Files.createDirectories(relocated);
        Files.createSymbolicLink(requested, relocated);
        LOG.warn("{} cannot search a directory above {}: the node's files live in {}, linked from there",
                user.name(), requested, relocated);
        return relocated;
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Options of a node to start. */
    public static final class Builder {

        private Path workDir;
        private int httpPort;
        private String heap = "512m";
        private final List<Path> plugins = new ArrayList<>();
        private Duration startTimeout = Duration.ofSeconds(180);

        private Builder() {
        }

        /** @param workDir the node's directory (see the type's comment), created if missing; required */
        public Builder workDir(Path workDir) {
            this.workDir = Objects.requireNonNull(workDir, "workDir");
            return this;
        }

        /** @param httpPort the REST port, or 0 (the default) for a free one; the transport port is always free */
        public Builder httpPort(int httpPort) {
            if (httpPort < 0 || httpPort > 65535) {
                throw new IllegalArgumentException("httpPort must be 0–65535: " + httpPort);
            }
            this.httpPort = httpPort;
            return this;
        }

        /**
         * @param heap the JVM heap, a number with a unit k, m or g; default {@code 512m}
         * @throws IllegalArgumentException if {@code heap} has another form
         */
        public Builder heap(String heap) {
            this.heap = ElasticsearchConfig.checkHeap(heap);
            return this;
        }

        /**
         * Adds a plugin, installed with {@code elasticsearch-plugin install --batch} into a cached copy of the
         * distribution that is keyed by the hash of all plugin zips (so installed once per machine).
         *
         * @param zip the plugin zip, for instance a stable analysis plugin's build output
         */
        public Builder plugin(Path zip) {
            if (!Files.isRegularFile(zip)) {
                throw new IllegalArgumentException("no plugin zip at " + zip);
            }
            plugins.add(zip.toAbsolutePath());
            return this;
        }

        /** @param startTimeout how long the node may take to report yellow or green health; default 180 s */
        public Builder startTimeout(Duration startTimeout) {
            this.startTimeout = Objects.requireNonNull(startTimeout, "startTimeout");
            return this;
        }

        /**
         * Starts the node and returns once its cluster health is yellow or green (about 12 s on two cores). If the
         * pid file names a live node, attaches to it instead.
         *
         * @return the running node
         * @throws StartFailedException  if the port is taken, or the node exits or is not healthy in time (the message
         *                               ends with its output); a node this call started is then stopped
         * @throws IllegalStateException if a node already runs in the work directory on another port
         * @throws IOException           if the distribution is missing or the work directory cannot be prepared
         */
        public LocalElasticsearch start() throws IOException {
            if (workDir == null) {
                throw new IllegalStateException("workDir is required");
            }
            Path requested = workDir.toAbsolutePath().normalize();
            Optional<LocalElasticsearch> running = attach(requested);
            if (running.isPresent()) {
                return reuse(running.get());
            }
            if (httpPort != 0) {
                FreePorts.requireFree(httpPort, "elasticsearch");
            }
            NodeUser user = NodeUser.forThisProcess();
            Path nodeDir = placeNodeDir(requested, user);
            Path home = ElasticsearchDistribution.prepare(plugins);
            for (Path needed : List.of(home.resolve("bin/elasticsearch"), ChildProcesses.javaExecutable())) {
                if (!user.canAccess(needed)) {
                    throw new IOException(user.name() + " cannot execute " + needed
                            + ": it must be able to search every directory above it");
                }
            }
            ElasticsearchConfig config = new ElasticsearchConfig(httpPort == 0 ? FreePorts.next() : httpPort,
                    FreePorts.next(), nodeDir.resolve("data"), nodeDir.resolve("logs"), heap);
            writeConfig(home, nodeDir, config);
            user.own(nodeDir);

            List<String> command = new ArrayList<>(user.commandPrefix());
            command.addAll(List.of(home.resolve("bin/elasticsearch").toString(),
                    "-p", pidFile(nodeDir).path().toString()));
            Map<String, String> environment = Map.of(
                    "ES_JAVA_HOME", System.getProperty("java.home"),
                    "ES_PATH_CONF", nodeDir.resolve("config").toString(),
                    "ES_TMPDIR", nodeDir.resolve("tmp").toString(),
                    "HOME", nodeDir.toString());
            Path console = nodeDir.resolve("logs/console.log");
            LOG.info("starting Elasticsearch as {} on port {} in {}", user.name(), config.httpPort(), nodeDir);
            Process launcher = ChildProcesses.startDetached(command, environment, nodeDir.resolve("logs"), console);
            AutoCloseable starting = () -> ChildProcesses.terminate(
                    Stream.concat(Stream.of(launcher.toHandle()), launcher.descendants()).toList(), STOP_GRACE);
            ExitPolicy.started(starting);
            try {
                LocalElasticsearch started = awaitStarted(nodeDir, launcher.toHandle(), config.httpPort(), console);
                ExitPolicy.started(started);
                return started;
            } catch (IOException | RuntimeException e) {
                closeQuietly(starting);
                throw e;
            } finally {
                ExitPolicy.stopped(starting);
            }
        }

        private static void closeQuietly(AutoCloseable starting) {
            try {
                starting.close();
            } catch (Exception e) {
                LOG.warn("cannot stop the node that failed to start: {}", e.toString());
            }
        }

        private LocalElasticsearch reuse(LocalElasticsearch node) throws IOException {
            if (httpPort != 0 && httpPort != node.httpPort) {
                throw new IllegalStateException("a node already runs in " + node.nodeDir + " on port "
                        + node.httpPort + ", not " + httpPort + ": stop it first");
            }
            LOG.info("reusing the Elasticsearch node in {} (pid {}, port {})", node.nodeDir, node.pid(), node.httpPort);
            Poll.until("elasticsearch on " + node.httpUri(), startTimeout, POLL_INTERVAL, () -> {
                if (!ChildProcesses.running(node.node)) {
                    throw new StartFailedException("elasticsearch (pid " + node.pid() + ") exited");
                }
                return healthy(node.httpPort);
            });
            return node;
        }

        private LocalElasticsearch awaitStarted(Path nodeDir, ProcessHandle launcher, int port, Path console)
                throws IOException {
            Poll.until("elasticsearch on port " + port, startTimeout, POLL_INTERVAL, () -> {
                if (!ChildProcesses.running(launcher)) {
                    throw new StartFailedException(Logs.withTail("elasticsearch exited during start", console));
                }
                return healthy(port);
            });
            ProcessHandle node = Poll.until("elasticsearch pid file", Duration.ofSeconds(10), POLL_INTERVAL,
                    () -> pidFile(nodeDir).liveProcess());
            return new LocalElasticsearch(nodeDir, node, List.of(node, launcher), port, true);
        }

        private static Optional<String> healthy(int port) throws IOException {
            URI uri = URI.create("http://127.0.0.1:" + port + "/_cluster/health?wait_for_status=yellow&timeout=1s");
            return HttpProbe.get(uri, REQUEST_TIMEOUT)
                    .filter(answer -> answer.statusCode() == 200)
                    .flatMap(HttpProbe.Answer::statusField)
                    .filter(status -> status.equals("green") || status.equals("yellow"));
        }

        private static void writeConfig(Path home, Path nodeDir, ElasticsearchConfig config) throws IOException {
            Path conf = nodeDir.resolve("config");
            if (!Files.isDirectory(conf)) {
                copyTree(home.resolve("config"), conf);
            }
            Files.createDirectories(conf.resolve("jvm.options.d"));
            Files.writeString(conf.resolve("elasticsearch.yml"), config.renderYaml(), StandardCharsets.UTF_8);
            Files.writeString(conf.resolve("jvm.options.d/heap.options"), config.renderHeapOptions(),
                    StandardCharsets.UTF_8);
            for (String dir : List.of("data", "logs", "tmp", "run")) {
                Files.createDirectories(nodeDir.resolve(dir));
            }
        }

        private static void copyTree(Path source, Path target) throws IOException {
            Files.walkFileTree(source, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                    Files.createDirectories(target.resolve(source.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.copy(file, target.resolve(source.relativize(file).toString()));
                    return FileVisitResult.CONTINUE;
                }
            });
        }
    }
}
