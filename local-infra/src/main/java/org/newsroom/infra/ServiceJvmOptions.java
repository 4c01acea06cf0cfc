package org.newsroom.infra;

import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options a service runs with locally ({@code ./newsroom up}, the bench): the one place they are chosen, so
 * that the bench measures what users run. Docker Compose sets the same per-service flags in
 * {@code JAVA_TOOL_OPTIONS}. publish-service's {@code reindex} command runs with publish-service's options, in
 * {@code ./newsroom reindex} as in the bench: on 10,007 records C1 alone took 5.3–7.4 s and 8.8–10.9 s of CPU against
 * C2's 6.7–7.6 s and 18.4–18.7 s (two runs each, alternated, on a {@code ./newsroom up} stack).
 *
 * <ul>
 *   <li>{@code -Xms64m -Xmx512m}: the whole stack stays under 3 GiB RSS;</li>
 *   <li>{@code -XX:+UseSerialGC}: on two cores, a concurrent collector's threads compete with the work;</li>
 *   <li>ingest-service and publish-service, {@code -XX:TieredStopAtLevel=1} (the C1 compiler only): their work per
 *       story is framework code (Tomcat, Spring MVC, Jackson, the Kafka clients, the Elasticsearch client) spread over
 *       thousands of methods, which C2 goes on compiling for tens of thousands of stories, i.e. for hours at a
 *       newsroom's rates. In the ingest load harness (closed loop, 8 clients) C1 alone cost 2.49 ms of CPU per request
 *       against 4.20 after 6,000 requests of warm-up, and 2.30 against 2.75 after 25,000; on a {@code ./newsroom up}
 *       stack at 20 stories/s, publish cost 4.3 ms of CPU per story against 7.4–7.5 (C2, before and after), each
 *       measured over the 1,200 stories after a 1,500-story warm-up. Both start sooner (ingest in 15 s against 42
 *       in {@code ./newsroom up}, publish alone in 11 s against 15).</li>
 *   <li>enrich-service keeps C2: its time is in Lucene's and OpenNLP's loops. C1 alone was cheaper for its first few
 *       thousand stories (15.8 against 26.6 ms per story on the same stack), but warm, at 100k indexed articles (the
 *       related-links eval), the link search cost 1.27 times C2's CPU (p50) and a rebuild 1.44 times.</li>
 * </ul>
 */
public final class ServiceJvmOptions {

    private static final List<String> ALL = List.of("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC");
    private static final List<String> C1_ONLY = List.of("ingest-service", "publish-service");

    private ServiceJvmOptions() {
    }

    /**
     * Prints the options of the service named by the one argument on one line, separated by spaces, for scripts
     * ({@code ./newsroom reindex} runs publish-service's command with them).
     *
     * @param args the module name, e.g. {@code publish-service}
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ServiceJvmOptions SERVICE");
            System.exit(2);
        }
        System.out.println(String.join(" ", of(args[0])));
    }

    /**
     * @param service the module name, e.g. {@code ingest-service}
     * @return the options to put before {@code -jar}
     */
    public static List<String> of(String service) {
        List<String> options = new ArrayList<>(ALL);
        if (C1_ONLY.contains(service)) {
            options.add("-XX:TieredStopAtLevel=1");
        }
        return List.copyOf(options);
    }
}
