package org.newsroom.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ElasticsearchConfigTest {

    @TempDir
    Path dir;

    private final ElasticsearchConfig config =
            new ElasticsearchConfig(9200, 9300, Path.of("/n/data"), Path.of("/n/logs"), "512m");

    @Test
    void rendersASingleNodeOnLoopbackWithSecurityOff() {
        assertThat(config.renderYaml()).contains(
                "discovery.type: single-node",
                "network.host: 127.0.0.1",
                "http.port: 9200",
                "transport.port: 9300",
                "xpack.security.enabled: false",
                "cluster.routing.allocation.disk.threshold_enabled: false",
                "path.data: '/n/data'",
                "path.logs: '/n/logs'");
    }

    @Test
    void quotesPathsWithQuotes() {
        ElasticsearchConfig quoted = new ElasticsearchConfig(1, 2, Path.of("/it's/data"), Path.of("/l"), "1g");

        assertThat(quoted.renderYaml()).contains("path.data: '/it''s/data'");
    }

    @Test
    void rendersTheHeapAsMinimumAndMaximum() {
        assertThat(config.renderHeapOptions()).isEqualTo("-Xms512m\n-Xmx512m\n");
    }

    @Test
    void rejectsAHeapWithoutUnit() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ElasticsearchConfig(1, 2, Path.of("/d"), Path.of("/l"), "512"))
                .withMessageContaining("512");
    }

    @Test
    void readsBackTheHttpPort() throws IOException {
        Path yaml = dir.resolve("elasticsearch.yml");
        Files.writeString(yaml, config.renderYaml());

        assertThat(ElasticsearchConfig.httpPort(yaml)).contains(9200);
        assertThat(ElasticsearchConfig.httpPort(dir.resolve("missing.yml"))).isEmpty();
    }
}
