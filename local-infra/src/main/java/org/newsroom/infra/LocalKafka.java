package org.newsroom.infra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Kafka broker in KRaft combined mode (one node, broker and controller), run from the {@code kafka_2.13} jars
 * in a detached child JVM bound to 127.0.0.1.
 *
 * <p>Work directory layout: {@code server.properties} and {@code log4j2.properties} (rewritten on each start),
 * {@code data/} (partitions and metadata; formatted once and kept across restarts), {@code kafka.log} (the JVM's
 * output, appended) and {@code kafka.pid}.
 */
public final class LocalKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalKafka.class);

    /** How long the broker may take to answer {@code DescribeCluster}; it usually needs 3 s. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);
    private static final String HEAP = "512m";

    private final Path workDir;
    private final ProcessHandle process;
    private final int port;
    private final boolean startedHere;

    private LocalKafka(Path workDir, ProcessHandle process, int port, boolean startedHere) {
        this.workDir = workDir;
        this.process = process;
        this.port = port;
        this.startedHere = startedHere;
    }

    /**
     * Starts a broker keeping its state in {@code workDir} and returns once it answers {@code DescribeCluster}
     * (usually 3 s; at most 90 s). If the pid file names a live broker, attaches to it instead.
     *
     * @param workDir the broker's directory, created if missing; may not be null
     * @param port    the client (PLAINTEXT) port, or 0 for a free one; the controller port is always a free one
     * @return the running broker
     * @throws StartFailedException  if the port is taken or the broker exits or does not answer in time (the message
     *                               ends with its log); a broker this call started is then stopped
     * @throws IllegalStateException if a broker already runs in {@code workDir} on another port than {@code port}
     * @throws IOException           if the work directory cannot be written
     */
    public static LocalKafka start(Path workDir, int port) throws IOException {
        Path dir = workDir.toAbsolutePath().normalize();
        Optional<LocalKafka> running = attach(dir);
        if (running.isPresent()) {
            LocalKafka kafka = running.get();
            if (port != 0 && port != kafka.port) {
                throw new IllegalStateException("a broker already runs in " + dir + " on port " + kafka.port
                        + ", not " + port + ": stop it first");
            }
            LOG.info("reusing the broker in {} (pid {}, port {})", dir, kafka.pid(), kafka.port);
            kafka.awaitReady();
            return kafka;
        }
        if (port != 0) {
            FreePorts.requireFree(port, "kafka");
        }
        Files.createDirectories(dir);
        KafkaConfig config = new KafkaConfig(port == 0 ? FreePorts.next() : port, FreePorts.next(), dir.resolve("data"));
        Files.writeString(dir.resolve("server.properties"), config.render(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("log4j2.properties"), KafkaConfig.LOG4J2_PROPERTIES, StandardCharsets.UTF_8);
        String classpath = KafkaClasspath.resolve();
        if (!Files.exists(config.logDir().resolve("meta.properties"))) {
            format(dir, classpath);
        }
        List<String> command = javaCommand(dir, classpath, "kafka.Kafka", "server.properties");
        Process child = ChildProcesses.startDetached(command, Map.of(), dir, log(dir));
        new PidFile(pidFile(dir)).write(child.pid());
        LocalKafka kafka = new LocalKafka(dir, child.toHandle(), config.brokerPort(), true);
        ExitPolicy.started(kafka);
        try {
            kafka.awaitReady();
        } catch (IOException | RuntimeException e) {
            kafka.stop();
            throw e;
        }
        return kafka;
    }

    /**
     * Finds the broker recorded in {@code workDir}'s pid file, without starting one.
     *
     * @return the broker, if its process is alive (it may still be starting: see {@link #answers()})
     */
    public static Optional<LocalKafka> attach(Path workDir) throws IOException {
        Path dir = workDir.toAbsolutePath().normalize();
        Optional<ProcessHandle> process = new PidFile(pidFile(dir)).liveProcess();
        if (process.isEmpty()) {
            return Optional.empty();
        }
        Optional<KafkaConfig> config = KafkaConfig.read(dir.resolve("server.properties"));
        if (config.isEmpty()) {
            LOG.warn("pid {} in {} is alive but server.properties names no ports: ignoring it", process.get().pid(), dir);
            return Optional.empty();
        }
        return Optional.of(new LocalKafka(dir, process.get(), config.get().brokerPort(), false));
    }

    /** Stops the broker recorded in {@code workDir}, if any, and deletes the directory. */
    public static void reset(Path workDir) throws IOException {
        Optional<LocalKafka> running = attach(workDir);
        if (running.isPresent()) {
            running.get().stop();
        }
        Directories.deleteRecursively(workDir.toAbsolutePath().normalize());
    }

    /** @return {@code 127.0.0.1:<port>}, for {@code bootstrap.servers} */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** @return the client (PLAINTEXT) port */
    public int port() {
        return port;
    }

    /** @return the broker JVM's pid */
    public long pid() {
        return process.pid();
    }

    /** @return the broker JVM's output, appended across restarts */
    public Path log() {
        return log(workDir);
    }

    /** @return whether the process is alive and its client port accepts a TCP connection within 1 s */
    public boolean answers() {
        if (!ChildProcesses.running(process)) {
            return false;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Stops the broker: SIGTERM (a controlled shutdown), then SIGKILL if it is still running 30 s later. Idempotent;
     * returns once the process is gone.
     */
    public void stop() {
        if (ChildProcesses.running(process)) {
            LOG.info("stopping the broker (pid {})", process.pid());
            ChildProcesses.terminate(List.of(process), STOP_GRACE);
        }
        try {
            new PidFile(pidFile(workDir)).delete();
        } catch (IOException e) {
            LOG.warn("cannot delete {}: {}", pidFile(workDir), e.toString());
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
        return "kafka(pid " + process.pid() + ", " + bootstrapServers() + ")";
    }

    private void awaitReady() throws IOException {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000);
        properties.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200);
        Poll.until("kafka on " + bootstrapServers(), START_TIMEOUT, POLL_INTERVAL, () -> {
            if (!ChildProcesses.running(process)) {
                throw new StartFailedException(Logs.withTail("kafka exited during start", log()));
            }
            return answers() ? Optional.of(true) : Optional.empty();
        });
        try (Admin admin = Admin.create(properties)) {
            Poll.until("kafka on " + bootstrapServers(), START_TIMEOUT, POLL_INTERVAL, () -> {
                if (!ChildProcesses.running(process)) {
                    throw new StartFailedException(Logs.withTail("kafka exited during start", log()));
                }
                return describeCluster(admin);
            });
        }
    }

    private static Optional<Integer> describeCluster(Admin admin) throws IOException {
        try {
            int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000))
                    .nodes().get(3, TimeUnit.SECONDS).size();
            return nodes > 0 ? Optional.of(nodes) : Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting for kafka");
        }
    }

    private static void format(Path dir, String classpath) throws IOException {
        String clusterId = Uuid.randomUuid().toString();
        LOG.info("formatting {} for cluster {}", dir.resolve("data"), clusterId);
        List<String> command = javaCommand(dir, classpath, "kafka.tools.StorageTool",
                "format", "--cluster-id", clusterId, "--config", dir.resolve("server.properties").toString(),
                "--ignore-formatted");
        int status = ChildProcesses.run(command, Map.of(), log(dir), FORMAT_TIMEOUT);
        if (status != 0) {
            throw new StartFailedException(Logs.withTail("kafka-storage format exited with " + status, log(dir)));
        }
    }

    private static List<String> javaCommand(Path dir, String classpath, String mainClass, String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                ChildProcesses.javaExecutable().toString(),
                "-Xms" + HEAP, "-Xmx" + HEAP,
                "-XX:+UseG1GC",
                "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + dir.resolve("log4j2.properties").toUri(),
                "-cp", classpath,
                mainClass));
        command.addAll(List.of(arguments));
        return command;
    }

    private static Path pidFile(Path dir) {
        return dir.resolve("kafka.pid");
    }

    private static Path log(Path dir) {
        return dir.resolve("kafka.log");
    }
}
