package org.newsroom.infra;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One of the project's Spring Boot services ({@code *-exec.jar}) run as a detached child JVM, with its output in
 * {@code <workDir>/<name>.log} (appended), its pid in {@code <workDir>/<name>.pid} and its port in
 * {@code <workDir>/<name>.port}.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceProcess.class);

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
    /** Ports tried by {@link #startOnFreePort} before it gives up. */
    static final int PORT_ATTEMPTS = 3;

    private final String name;
    private final int port;
    private final ProcessHandle process;
    private final Path workDir;
    private final boolean startedHere;

    private ServiceProcess(String name, int port, ProcessHandle process, Path workDir, boolean startedHere) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.workDir = workDir;
        this.startedHere = startedHere;
    }

    /**
     * Starts {@code java [jvmArgs] -jar jar --server.port=<port> --k=v ...} as a detached child and returns once
     * {@code http://127.0.0.1:<port>/actuator/health} answers 200 with status {@code UP}. If the pid file names a live
     * process, attaches to it instead and waits for it to be {@code UP} in the same way.
     *
     * @param name       the service's name, for its log and pid file names; e.g. {@code ingest-service}
     * @param jar        the runnable jar
     * @param port       the HTTP port; passed as {@code --server.port} unless {@code properties} has that key
     * @param properties Spring properties, passed in order as {@code --key=value}; may be empty
     * @param jvmArgs    JVM options before {@code -jar}, e.g. {@code -Xmx256m}; may be empty
     * @param workDir    where the log and pid file go, created if missing
     * @param timeout    how long the service may take to report {@code UP}
     * @return the running service
     * @throws PortInUseException    if the port is taken, at the check or when the service binds it
     * @throws StartFailedException  if the process exits or is not {@code UP} in time; the message ends with the last
     *                               40 lines of its log, and the process is stopped
     * @throws IllegalStateException if {@code name} already runs from {@code workDir} on another port
     * @throws IOException           if the jar is missing or the work directory cannot be written
     */
    public static ServiceProcess start(String name, Path jar, int port, Map<String, String> properties,
            List<String> jvmArgs, Path workDir, Duration timeout) throws IOException {
        Objects.requireNonNull(name, "name");
        Path dir = workDir.toAbsolutePath().normalize();
        Optional<ServiceProcess> running = attach(name, dir);
        if (running.isPresent() && running.get().port != port) {
            throw new IllegalStateException(name + " already runs from " + dir + " on port " + running.get().port
                    + ", not " + port + ": stop it first");
        }
        if (running.isPresent()) {
            LOG.info("reusing {} (pid {}, port {})", name, running.get().pid(), port);
            running.get().awaitUp(timeout);
            return running.get();
        }
        if (!Files.isRegularFile(jar)) {
            throw new IOException(name + ": no jar at " + jar);
        }
        FreePorts.requireFree(port, name);
        Files.createDirectories(dir);
        List<String> command = new ArrayList<>();
        command.add(ChildProcesses.javaExecutable().toString());
        command.addAll(jvmArgs);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        if (!properties.containsKey("server.port")) {
            command.add("--server.port=" + port);
        }
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        Process child = ChildProcesses.startDetached(command, Map.of(), dir, log(dir, name));
        new PidFile(pidFile(dir, name)).write(child.pid());
        Files.writeString(portFile(dir, name), port + "\n", StandardCharsets.US_ASCII);
        ServiceProcess service = new ServiceProcess(name, port, child.toHandle(), dir, true);
        ExitPolicy.started(service);
        try {
            service.awaitUp(timeout);
        } catch (IOException | RuntimeException e) {
            service.stop();
            throw e;
        }
        return service;
    }

    /**
     * Starts the service as {@link #start} does, on a port from {@link FreePorts#next()}, and on another one if that
     * port turns out to be taken, at the check or when the service binds it (Spring Boot's "Port N was already in
     * use"): a port free a moment ago can be taken by any process before the service binds it.
     *
     * @throws PortInUseException if {@value #PORT_ATTEMPTS} ports in a row were taken
     * @see #start(String, Path, int, Map, List, Path, Duration)
     */
    public static ServiceProcess startOnFreePort(String name, Path jar, Map<String, String> properties,
            List<String> jvmArgs, Path workDir, Duration timeout) throws IOException {
        return startOnFreePort(name, jar, FreePorts::next, properties, jvmArgs, workDir, timeout);
    }

    /** {@link #startOnFreePort(String, Path, Map, List, Path, Duration)} with the ports drawn from {@code ports}. */
    static ServiceProcess startOnFreePort(String name, Path jar, IntSupplier ports, Map<String, String> properties,
            List<String> jvmArgs, Path workDir, Duration timeout) throws IOException {
        for (int attempt = 1; ; attempt++) {
            int port = ports.getAsInt();
            try {
                return start(name, jar, port, properties, jvmArgs, workDir, timeout);
            } catch (PortInUseException e) {
                if (attempt == PORT_ATTEMPTS) {
                    throw e;
                }
                LOG.warn("{}: port {} taken, trying another: {}", name, port, e.getMessage().lines().findFirst()
                        .orElse(""));
            }
        }
    }

    /**
     * Finds the service recorded in {@code workDir}'s pid and port files for {@code name}, without starting it.
     *
     * @return the service, if its process is alive
     */
    public static Optional<ServiceProcess> attach(String name, Path workDir) throws IOException {
        Path dir = workDir.toAbsolutePath().normalize();
        Optional<ProcessHandle> process = new PidFile(pidFile(dir, name)).liveProcess();
        if (process.isEmpty() || !Files.exists(portFile(dir, name))) {
            return Optional.empty();
        }
        int port = Integer.parseInt(Files.readString(portFile(dir, name), StandardCharsets.US_ASCII).strip());
        return Optional.of(new ServiceProcess(name, port, process.get(), dir, false));
    }

    /** @return the name given at start */
    public String name() {
        return name;
    }

    /** @return the HTTP port */
    public int port() {
        return port;
    }

    /** @return the service JVM's pid */
    public long pid() {
        return process.pid();
    }

    /** @return the service's output, appended across restarts */
    public Path log() {
        return log(workDir, name);
    }

    /** @return {@code http://127.0.0.1:<port>/actuator/health} */
    public URI healthUri() {
        return URI.create("http://127.0.0.1:" + port + "/actuator/health");
    }

    /** @return the actuator health status ({@code UP}, {@code DOWN}, …), or empty if nothing answers */
    public Optional<String> health() throws IOException {
        if (!ChildProcesses.running(process)) {
            return Optional.empty();
        }
        return HttpProbe.get(healthUri(), REQUEST_TIMEOUT)
                .filter(answer -> answer.statusCode() == 200 || answer.statusCode() == 503)
                .flatMap(HttpProbe.Answer::statusField);
    }

    /** Kills the service at once (SIGKILL), as a crash would; for fault tests. Returns once it is gone. */
    public void kill() {
        LOG.info("killing {} (pid {})", name, process.pid());
        ChildProcesses.kill(process);
        forget();
    }

    /** Stops the service: SIGTERM, then SIGKILL if it still runs 30 s later. Idempotent; returns once it is gone. */
    public void stop() {
        if (ChildProcesses.running(process)) {
            LOG.info("stopping {} (pid {})", name, process.pid());
            ChildProcesses.terminate(List.of(process), STOP_GRACE);
        }
        forget();
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return name + "(pid " + process.pid() + ", port " + port + ")";
    }

    private void awaitUp(Duration timeout) throws IOException {
        try {
            Poll.until(name + " on port " + port, timeout, POLL_INTERVAL, () -> {
                if (!ChildProcesses.running(process)) {
                    throw new StartFailedException(name + " (pid " + process.pid() + ") exited during start");
                }
                return health().filter("UP"::equals);
            });
        } catch (StartFailedException e) {
            if (portTakenAtBind()) {
                throw FreePorts.inUse(port, Logs.withTail(name + ": port 127.0.0.1:" + port
                        + " was taken before the service bound it", log()));
            }
            throw new StartFailedException(Logs.withTail(e.getMessage(), log()));
        }
    }

    /** @return whether the log's end has Spring Boot's {@code PortInUseFailureAnalyzer} message for this port */
    private boolean portTakenAtBind() {
        String message = "Port " + port + " was already in use";
        try {
            return Logs.tail(log(), Logs.TAIL_LINES).stream().anyMatch(line -> line.contains(message));
        } catch (IOException e) {
            return false;
        }
    }

    private void forget() {
        try {
            new PidFile(pidFile(workDir, name)).delete();
            Files.deleteIfExists(portFile(workDir, name));
        } catch (IOException e) {
            LOG.warn("cannot delete {}: {}", pidFile(workDir, name), e.toString());
        }
        if (startedHere) {
            ExitPolicy.stopped(this);
        }
    }

    private static Path pidFile(Path dir, String name) {
        return dir.resolve(name + ".pid");
    }

    private static Path portFile(Path dir, String name) {
        return dir.resolve(name + ".port");
    }

    private static Path log(Path dir, String name) {
        return dir.resolve(name + ".log");
    }
}
