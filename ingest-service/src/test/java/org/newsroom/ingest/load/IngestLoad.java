package org.newsroom.ingest.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.newsroom.events.ArticleCodec;
import org.newsroom.infra.FreePorts;
import org.newsroom.infra.LocalKafka;

/**
 * Load harness of the push API alone: starts a real Kafka broker (local-infra, free port) and ingest-service as its own
 * JVM (the test classpath, the services' JVM flags), warms it up, then pushes {@link LoadStories} and prints the CPU
 * time the ingest JVM spent per request (its process CPU time, user + system, over the measured phase) and the accept
 * latency (request sent → answer received; in rate mode from the request's scheduled send time, so that a stalled
 * server is not hidden by a stalled client) of the 202 answers, p50/p90/p99/max.
 *
 * <p>Modes: {@code --concurrency C} (closed loop, C clients each sending the next story when answered) or
 * {@code --rate R} (open loop, R requests/s whatever the answers). Options: {@code --requests N} (measured, default
 * 4000), {@code --warmup N} (default 3000, same mode), {@code --jvm-args "..."} (of ingest, default
 * {@code -Xms64m -Xmx512m -XX:+UseSerialGC} as {@code ./newsroom up}), {@code --jfr FILE} (a JFR recording, profile
 * settings, of the measured phase only), {@code --property k=v} (repeatable: a Spring property of ingest),
 * {@code --work-dir DIR} (default {@code target/ingest-load}). Not a test: a figure for a human, run as in
 * ingest-service/README.md.
 */
public final class IngestLoad {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private IngestLoad() {
    }

    /** Runs the load; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path work = options.workDir.toAbsolutePath();
        Path kafkaDir = work.resolve("kafka");
        LocalKafka.reset(kafkaDir);
        LocalKafka kafka = LocalKafka.start(kafkaDir, 0);
        Process ingest = null;
        try {
            int port = FreePorts.next();
            ingest = startIngest(options, kafka.bootstrapServers(), port, work.resolve("ingest.log"));
            URI base = URI.create("http://127.0.0.1:" + port);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            awaitReady(http, base, ingest);
            LoadStories stories = new LoadStories("load-" + System.currentTimeMillis());
            System.out.printf(Locale.ROOT, "warm-up: %s%n", run(http, base, stories, 0, options.warmup, options));
            Path jfr = options.jfr == null ? null : options.jfr.toAbsolutePath();
            if (jfr != null) {
                jcmd(ingest.pid(), "JFR.start", "name=load", "settings=profile", "filename=" + jfr);
            }
            long cpuBefore = cpuNanos(ingest);
            ServerTimes before202 = ServerTimes.read(http, base, 202);
            ServerTimes before503 = ServerTimes.read(http, base, 503);
            Result result = run(http, base, stories, options.warmup, options.requests, options);
            long cpu = cpuNanos(ingest) - cpuBefore;
            ServerTimes served202 = ServerTimes.read(http, base, 202).since(before202);
            ServerTimes served503 = ServerTimes.read(http, base, 503).since(before503);
            if (jfr != null) {
                jcmd(ingest.pid(), "JFR.stop", "name=load");
            }
            System.out.printf(Locale.ROOT, "measured: %s%n", result);
            System.out.printf(Locale.ROOT, "server side (http.server.requests, filter chain in to answer out): 202 %s; "
                    + "503 %s%n", served202, served503);
            System.out.printf(Locale.ROOT, "ingest CPU: %.0f ms in all, %.2f ms per request, %.2f ms per accepted "
                            + "story (%d cores; ingest JVM %s)%n", cpu / 1e6, cpu / 1e6 / result.sent(),
                    result.accepted() == 0 ? Double.NaN : cpu / 1e6 / result.accepted(),
                    Runtime.getRuntime().availableProcessors(), String.join(" ", options.jvmArgs));
            if (jfr != null) {
                System.out.println("JFR recording: " + jfr);
            }
        } finally {
            if (ingest != null) {
                ingest.destroy();
                ingest.waitFor();
            }
            kafka.stop();
        }
    }

    private static Process startIngest(Options options, String bootstrap, int port, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options.jvmArgs);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.newsroom.ingest.IngestApplication",
                "--server.port=" + port, "--spring.kafka.bootstrap-servers=" + bootstrap,
                "--newsroom.ingest.rate-limit.enabled=false"));
        options.properties.forEach((k, v) -> command.add("--" + k + "=" + v));
        Files.createDirectories(log.getParent());
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitReady(HttpClient http, URI base, Process ingest) throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        HttpRequest probe = HttpRequest.newBuilder(base.resolve("/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!ingest.isAlive()) {
                throw new IllegalStateException("ingest exited with " + ingest.exitValue() + "; see its log");
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("ingest not ready within " + START_TIMEOUT);
    }

    private static long cpuNanos(Process process) {
        return process.info().totalCpuDuration()
                .orElseThrow(() -> new IllegalStateException("this OS does not report a process's CPU time"))
                .toNanos();
    }

    private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid)));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).inheritIO().start();
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed");
        }
    }

    private static Result run(HttpClient http, URI base, LoadStories stories, long first, int count, Options options)
            throws InterruptedException {
        long[] latencies = new long[count];
        Arrays.fill(latencies, -1);
        Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();
        URI push = base.resolve("/api/v1/articles");
        long start = System.nanoTime();
        if (options.rate > 0) {
            CountDownLatch done = new CountDownLatch(count);
            long interval = (long) (1e9 / options.rate);
            for (int i = 0; i < count; i++) {
                long scheduled = start + i * interval;
                LockSupport.parkNanos(scheduled - System.nanoTime());
                int slot = i;
                send(http, push, stories.push(first + i)).whenComplete((status, failure) -> {
                    record(statuses, latencies, slot, status, failure, scheduled);
                    done.countDown();
                });
            }
            done.await();
        } else {
            AtomicLong next = new AtomicLong();
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < options.concurrency; c++) {
                Thread client = new Thread(() -> {
                    for (long i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long sent = System.nanoTime();
                        Integer status = null;
                        Throwable failure = null;
                        try {
                            status = send(http, push, stories.push(first + i)).join();
                        } catch (RuntimeException e) {
                            failure = e;
                        }
                        record(statuses, latencies, (int) i, status, failure, sent);
                    }
                }, "load-client-" + c);
                client.start();
                clients.add(client);
            }
            for (Thread client : clients) {
                client.join();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Long> byStatus = new LinkedHashMap<>();
        statuses.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> byStatus.put(e.getKey(), e.getValue().get()));
        long[] accepted = Arrays.stream(latencies).filter(l -> l >= 0).sorted().toArray();
        return new Result(count, accepted.length, seconds, byStatus, accepted);
    }

    private static CompletableFuture<Integer> send(HttpClient http, URI push, LoadStories.Push story) {
        HttpRequest request = HttpRequest.newBuilder(push)
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer demo-secret")
                .header("Content-Type", story.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(story.body()))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
    }

    private static void record(Map<String, AtomicLong> statuses, long[] latencies, int slot, Integer status,
            Throwable failure, long since) {
        long elapsed = System.nanoTime() - since;
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        String key = cause != null || status == null ? String.valueOf(cause == null ? null : cause.getClass().getSimpleName())
                : status.toString();
        statuses.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
        if (key.equals("202")) {
            latencies[slot] = elapsed;
        }
    }

    /**
     * Ingest's own {@code http.server.requests} timer of the push path for one status: count, total and max seconds
     * (the max over Micrometer's recent window), from its actuator.
     */
    record ServerTimes(double count, double totalSeconds, double maxSeconds) {

        static ServerTimes read(HttpClient http, URI base, int status) throws IOException, InterruptedException {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve(
                    "/actuator/metrics/http.server.requests?tag=uri:/api/v1/articles&tag=status:" + status)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                return new ServerTimes(0, 0, 0);
            }
            Map<String, Double> values = new LinkedHashMap<>();
            ArticleCodec.mapper().readTree(answer.body()).path("measurements")
                    .forEach(m -> values.put(m.path("statistic").asString(), m.path("value").asDouble()));
            return new ServerTimes(values.getOrDefault("COUNT", 0.0), values.getOrDefault("TOTAL_TIME", 0.0),
                    values.getOrDefault("MAX", 0.0));
        }

        ServerTimes since(ServerTimes earlier) {
            return new ServerTimes(count - earlier.count, totalSeconds - earlier.totalSeconds, maxSeconds);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.0f answers, mean %.1f ms, recent max %.1f ms", count,
                    count == 0 ? 0 : totalSeconds / count * 1000, maxSeconds * 1000);
        }
    }

    /** What a phase measured; latencies of the 202 answers in ns, sorted. */
    record Result(int sent, int accepted, double seconds, Map<String, Long> statuses, long[] latencies) {

        long percentile(double p) {
            return latencies.length == 0 ? -1 : latencies[Math.min(latencies.length - 1,
                    (int) Math.ceil(p / 100 * latencies.length) - 1)];
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d requests in %.1f s (%.0f/s), statuses %s; accept latency of the 202s "
                            + "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms", sent, seconds, sent / seconds,
                    statuses, percentile(50) / 1e6, percentile(90) / 1e6, percentile(99) / 1e6,
                    percentile(100) / 1e6);
        }
    }

    private record Options(int concurrency, double rate, int requests, int warmup, List<String> jvmArgs, Path jfr,
            Map<String, String> properties, Path workDir) {

        static Options parse(String[] args) {
            int concurrency = 16;
            double rate = 0;
            int requests = 4000;
            int warmup = 3000;
            List<String> jvmArgs = List.of("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC");
            Path jfr = null;
            Map<String, String> properties = new LinkedHashMap<>();
            Path workDir = Path.of("target", "ingest-load");
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--concurrency" -> concurrency = Integer.parseInt(value);
                    case "--rate" -> rate = Double.parseDouble(value);
                    case "--requests" -> requests = Integer.parseInt(value);
                    case "--warmup" -> warmup = Integer.parseInt(value);
                    case "--jvm-args" -> jvmArgs = List.of(value.trim().split("\\s+"));
                    case "--jfr" -> jfr = Path.of(value);
                    case "--property" -> properties.put(value.substring(0, value.indexOf('=')),
                            value.substring(value.indexOf('=') + 1));
                    case "--work-dir" -> workDir = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]
                            + "; see IngestLoad's class comment");
                }
                i++;
            }
            return new Options(concurrency, rate, requests, warmup, jvmArgs, jfr, properties, workDir);
        }
    }
}
