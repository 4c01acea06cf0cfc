package org.newsroom.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The node's {@code elasticsearch.yml} and heap options: a single-node cluster on 127.0.0.1, security off, disk
 * watermarks off (local disks may be nearly full).
 *
 * @param httpPort      the REST port, 1–65535
 * @param transportPort the transport port, 1–65535
 * @param dataDir       {@code path.data}; absolute
 * @param logsDir       {@code path.logs}; absolute
 * @param heap          the JVM heap (both {@code -Xms} and {@code -Xmx}), a number with a unit {@code k}, {@code m} or
 *                      {@code g}, e.g. {@code 512m}
 */
record ElasticsearchConfig(int httpPort, int transportPort, Path dataDir, Path logsDir, String heap) {

    private static final Pattern HEAP = Pattern.compile("\\d+[kKmMgG]");
    private static final Pattern HTTP_PORT = Pattern.compile("(?m)^http\\.port:\\s*(\\d+)\\s*$");

    /** @throws IllegalArgumentException if {@code heap} is not a number with a unit k, m or g */
    ElasticsearchConfig {
        checkHeap(heap);
    }

    /**
     * @return {@code heap}, if it is a number with a unit k, m or g
     * @throws IllegalArgumentException otherwise
     */
    static String checkHeap(String heap) {
        if (heap == null || !HEAP.matcher(heap).matches()) {
            throw new IllegalArgumentException("heap must be a number with a unit k, m or g, like 512m: " + heap);
        }
        return heap;
    }

    /** @return the text of {@code elasticsearch.yml} */
    String renderYaml() {
        return """
                # written by local-infra on every start
                cluster.name: newsroom-local
                node.name: local
                discovery.type: single-node
                network.host: 127.0.0.1
                http.port: %d
                transport.port: %d
                path.data: %s
                path.logs: %s
                xpack.security.enabled: false
                cluster.routing.allocation.disk.threshold_enabled: false
                action.destructive_requires_name: false
                """.formatted(httpPort, transportPort, quote(dataDir.toString()), quote(logsDir.toString()));
    }

    /** @return the text of {@code jvm.options.d/heap.options} */
    String renderHeapOptions() {
        return "-Xms" + heap + "\n-Xmx" + heap + "\n";
    }

    /** @return the {@code http.port} of an {@code elasticsearch.yml} this type rendered, if the file exists */
    static Optional<Integer> httpPort(Path elasticsearchYaml) throws IOException {
        try {
            Matcher matcher = HTTP_PORT.matcher(Files.readString(elasticsearchYaml, StandardCharsets.UTF_8));
            return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** Quotes a YAML scalar (single quotes, doubled inside). */
    private static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
