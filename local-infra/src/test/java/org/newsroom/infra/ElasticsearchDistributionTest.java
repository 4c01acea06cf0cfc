package org.newsroom.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ElasticsearchDistributionTest {

    @TempDir
    Path dir;

    @Test
    void unzipDropsTheTopLevelDirectory() throws IOException {
        Path zip = zip("elasticsearch-1.0/bin/elasticsearch", "elasticsearch-1.0/config/jvm.options");

        ElasticsearchDistribution.unzip(zip, dir.resolve("home"));

        assertThat(dir.resolve("home/bin/elasticsearch")).hasContent("elasticsearch-1.0/bin/elasticsearch");
        assertThat(dir.resolve("home/config/jvm.options")).exists();
    }

    @Test
    void unzipRejectsEntriesOutsideTheTarget() throws IOException {
        Path zip = zip("elasticsearch-1.0/../../evil");

        assertThatIOException().isThrownBy(() -> ElasticsearchDistribution.unzip(zip, dir.resolve("home")))
                .withMessageContaining("outside");
    }

    @Test
    void scriptsInBinAreExecutableAndEverythingIsReadableByAll() throws IOException {
        ElasticsearchDistribution.unzip(zip("es/bin/elasticsearch", "es/lib/a.jar"), dir.resolve("home"));

        ElasticsearchDistribution.normalizePermissions(dir.resolve("home"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("home/bin/elasticsearch"))))
                .isEqualTo("rwxr-xr-x");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("home/lib/a.jar"))))
                .isEqualTo("rw-r--r--");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("home/lib"))))
                .isEqualTo("rwxr-xr-x");
    }

    @Test
    void theBuildProvidesTheDistributionZip() throws IOException {
        assertThat(ElasticsearchDistribution.locateZip(InfraBuild.elasticsearchVersion()))
                .isRegularFile()
                .hasFileName("elasticsearch-" + InfraBuild.elasticsearchVersion() + ".zip");
    }

    private Path zip(String... entries) throws IOException {
        Path zip = dir.resolve("test.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String entry : entries) {
                out.putNextEntry(new ZipEntry(entry));
                out.write(entry.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }
}
