package org.newsroom.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.newsroom.infra.ServiceProcess;
import org.newsroom.infra.junit.LocalInfra;

/**
 * The three services as separate processes, as in production, started from their {@code *-exec.jar} against the
 * given real Kafka and Elasticsearch, on free ports. Closing stops them.
 */
final class RunningPipeline implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final List<String> JVM_ARGS = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    final ServiceProcess ingest;
    final ServiceProcess enrich;
    final ServiceProcess publish;

    private RunningPipeline(ServiceProcess ingest, ServiceProcess enrich, ServiceProcess publish) {
        this.ingest = ingest;
        this.enrich = enrich;
        this.publish = publish;
    }

    /** Starts the three services concurrently and waits until each is healthy. */
    static RunningPipeline start(LocalInfra infra, Path workDir) throws IOException {
        Files.createDirectories(workDir);
        String kafka = infra.kafka().bootstrapServers();
        var ingest = CompletableFuture.supplyAsync(() -> service("ingest-service", workDir,
                Map.of("spring.kafka.bootstrap-servers", kafka)));
        var enrich = CompletableFuture.supplyAsync(() -> service("enrich-service", workDir,
                Map.of("spring.kafka.bootstrap-servers", kafka)));
        var publish = CompletableFuture.supplyAsync(() -> service("publish-service", workDir,
                Map.of("spring.kafka.bootstrap-servers", kafka,
                        "newsroom.elasticsearch.uris", infra.elasticsearch().httpUri().toString())));
        try {
            return new RunningPipeline(ingest.join(), enrich.join(), publish.join());
        } catch (CompletionException e) {
            for (var started : List.of(ingest, enrich, publish)) {
                started.thenAccept(ServiceProcess::close);
            }
            throw e;
        }
    }

    private static ServiceProcess service(String name, Path workDir, Map<String, String> properties) {
        Path projectDir = Path.of(System.getProperty("newsroom.project.dir", ".."));
        String version = System.getProperty("newsroom.project.version");
        Path jar = projectDir.resolve(name).resolve("target").resolve(name + "-" + version + "-exec.jar");
        try {
            return ServiceProcess.startOnFreePort(name, jar, properties, JVM_ARGS, workDir, START_TIMEOUT);
        } catch (IOException e) {
            throw new CompletionException(e);
        }
    }

    /** Base URI of the ingest API, e.g. {@code http://127.0.0.1:PORT}. */
    String ingestUrl() {
        return "http://127.0.0.1:" + ingest.port();
    }

    /** Base URI of the site read API. */
    String siteUrl() {
        return "http://127.0.0.1:" + publish.port();
    }

    @Override
    public void close() {
        for (ServiceProcess service : List.of(ingest, enrich, publish)) {
            service.close();
        }
    }
}
