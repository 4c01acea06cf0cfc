package org.newsroom.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.security.auth.module.UnixSystem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node with a plugin, in a work directory under JUnit's private (mode 700) temporary directory: as root, the node's
 * user cannot reach it, so the node's files move to /var/lib/newsroom behind a link.
 */
class ElasticsearchPluginIT {

    /** Fixed entry times keep the zip's bytes, hence the cached distribution's name, the same on every run. */
    private static final long ENTRY_TIME = Instant.parse("2000-01-01T00:00:00Z").toEpochMilli();

    @TempDir
    Path dir;

    @Test
    void installsAStablePluginIntoACachedDistribution() throws Exception {
        Path workDir = dir.resolve("node");
        LocalElasticsearch node = LocalElasticsearch.builder().workDir(workDir).plugin(emptyStablePlugin()).start();
        Path nodeDir = workDir.toRealPath();
        try {
            HttpResponse<String> plugins = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(node.httpUri().resolve("/_cat/plugins?h=component")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(plugins.body().strip()).isEqualTo("newsroom-test-plugin");
            if (new UnixSystem().getUid() == 0) {
                assertThat(workDir).isSymbolicLink();
                assertThat(nodeDir).startsWith(Path.of("/var/lib/newsroom"));
            }
        } finally {
            LocalElasticsearch.reset(workDir);
        }
        assertThat(ProcessHandle.of(node.pid()).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(workDir).doesNotExist();
        assertThat(nodeDir).doesNotExist();
    }

    /** @return a stable plugin without components: a descriptor and an empty jar */
    private Path emptyStablePlugin() throws IOException {
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        new JarOutputStream(jar).close();
        Path zip = dir.resolve("newsroom-test-plugin.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            add(out, "stable-plugin-descriptor.properties", """
                    description=local-infra test plugin
                    version=1.0
                    name=newsroom-test-plugin
                    java.version=17
                    elasticsearch.version=%s
                    """.formatted(InfraBuild.elasticsearchVersion()).getBytes(StandardCharsets.UTF_8));
            add(out, "named_components.json", "{}".getBytes(StandardCharsets.UTF_8));
            add(out, "newsroom-test-plugin.jar", jar.toByteArray());
        }
        return zip;
    }

    private static void add(ZipOutputStream out, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(ENTRY_TIME);
        out.putNextEntry(entry);
        out.write(content);
        out.closeEntry();
    }
}
