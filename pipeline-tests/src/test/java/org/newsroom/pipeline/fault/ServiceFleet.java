package org.newsroom.pipeline.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.newsroom.events.ArticleCodec;
import org.newsroom.infra.ServiceProcess;

/**
 * The services as processes, any number of instances each, that a fault test can kill ({@code SIGKILL}), stop,
 * restart and scale out. An instance is named after its service, with a suffix for extra instances
 * ({@code enrich-service-2}); all instances of a service share its consumer group.
 */
final class ServiceFleet implements AutoCloseable {

    static final String INGEST = "ingest-service";
    static final String ENRICH = "enrich-service";
    static final String PUBLISH = "publish-service";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final List<String> JVM_ARGS = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path workDir;
    private final String kafka;
    private final String elasticsearch;
    private final Map<String, ServiceProcess> running = new LinkedHashMap<>();

    /**
     * @param workDir       where the instances' logs and pid files go
     * @param kafka         {@code bootstrap.servers}
     * @param elasticsearch the node's URI, for publish-service
     */
    ServiceFleet(Path workDir, String kafka, String elasticsearch) throws IOException {
        this.workDir = Files.createDirectories(workDir);
        this.kafka = kafka;
        this.elasticsearch = elasticsearch;
    }

    /** Starts the first instance of each service, concurrently, and waits until all are {@code UP}. */
    void startAll() {
        List<CompletableFuture<Void>> starts = new ArrayList<>();
        for (String service : List.of(INGEST, ENRICH, PUBLISH)) {
            starts.add(CompletableFuture.runAsync(() -> start(service, service)));
        }
        CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).join();
    }

    /**
     * Starts one instance on a free port and waits until it is {@code UP}.
     *
     * @param service  the service, e.g. {@link #ENRICH}: which jar to run
     * @param instance the instance's name, e.g. {@code enrich-service-2}; must not be running already
     */
    ServiceProcess start(String service, String instance) {
        return start(service, instance, Map.of());
    }

    /**
     * Starts one instance with extra Spring properties, which take precedence over the fleet's.
     *
     * @param overrides e.g. {@code newsroom.elasticsearch.uris} pointing at a proxy
     */
    ServiceProcess start(String service, String instance, Map<String, String> overrides) {
        synchronized (running) {
            if (running.containsKey(instance)) {
                throw new IllegalStateException(instance + " already runs");
            }
        }
        Path projectDir = Path.of(System.getProperty("newsroom.project.dir", ".."));
        String version = System.getProperty("newsroom.project.version");
        Path jar = projectDir.resolve(service).resolve("target").resolve(service + "-" + version + "-exec.jar");
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.kafka.bootstrap-servers", kafka);
        if (service.equals(PUBLISH)) {
            properties.put("newsroom.elasticsearch.uris", elasticsearch);
        }
        properties.putAll(overrides);
        try {
            ServiceProcess process = ServiceProcess.startOnFreePort(instance, jar, properties, JVM_ARGS, workDir,
                    START_TIMEOUT);
            synchronized (running) {
                running.put(instance, process);
            }
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills the instance with SIGKILL, as a crash or the OOM killer would. */
    void kill(String instance) {
        remove(instance).kill();
    }

    /** Stops the instance gracefully (SIGTERM): it leaves its consumer group cleanly. */
    void stop(String instance) {
        remove(instance).stop();
    }

    /** Starts the instance again after a kill or stop. */
    ServiceProcess restart(String instance) {
        return start(serviceOf(instance), instance);
    }

    /** Restarts any first instance that is not running (after a test that failed half-way). */
    void ensureAllRunning() {
        for (String service : List.of(INGEST, ENRICH, PUBLISH)) {
            boolean up;
            synchronized (running) {
                up = running.containsKey(service);
            }
            if (!up) {
                start(service, service);
            }
        }
    }

    /** @return the instance, which must be running */
    ServiceProcess get(String instance) {
        synchronized (running) {
            ServiceProcess process = running.get(instance);
            if (process == null) {
                throw new IllegalStateException(instance + " does not run");
            }
            return process;
        }
    }

    /**
     * @return the top-level {@code status} of the instance's {@code /actuator/health} ({@code UP}, {@code DOWN}), or
     *         empty if it does not answer
     */
    Optional<String> overallHealth(String instance) {
        try {
            HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(get(instance).healthUri())
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return Optional.ofNullable(ArticleCodec.mapper().readTree(response.body()).path("status").asString(null));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** @return base URI of the first ingest instance */
    String ingestUrl() {
        return "http://127.0.0.1:" + get(INGEST).port();
    }

    @Override
    public void close() {
        List<ServiceProcess> all;
        synchronized (running) {
            all = new ArrayList<>(running.values());
            running.clear();
        }
        all.forEach(ServiceProcess::stop);
    }

    private ServiceProcess remove(String instance) {
        synchronized (running) {
            ServiceProcess process = running.remove(instance);
            if (process == null) {
                throw new IllegalStateException(instance + " does not run");
            }
            return process;
        }
    }

    private static String serviceOf(String instance) {
        for (String service : List.of(INGEST, ENRICH, PUBLISH)) {
            if (instance.startsWith(service)) {
                return service;
            }
        }
        throw new IllegalArgumentException("no service named like " + instance);
    }
}
