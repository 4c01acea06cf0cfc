package org.newsroom.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaClasspathTest {

    private static final String KAFKA = "org/apache/kafka/kafka_2.13/4.1.2/kafka_2.13-4.1.2.jar";
    private static final String SCALA = "org/scala-lang/scala-library/2.13.16/scala-library-2.13.16.jar";

    @TempDir
    Path dir;

    @Test
    void findsTheRepositoryRootOfTheLoadedJar() throws IOException {
        Path repository = dir.resolve("repo");
        Path kafka = touch(repository.resolve(KAFKA));

        assertThat(KafkaClasspath.searchPath(Optional.of(kafka), List.of(KAFKA, SCALA))).first().isEqualTo(repository);
    }

    @Test
    void usesTheDirectoryOfAJarOutsideARepository() throws IOException {
        Path kafka = touch(dir.resolve("lib/kafka_2.13-4.1.2.jar"));

        assertThat(KafkaClasspath.searchPath(Optional.of(kafka), List.of(KAFKA))).first().isEqualTo(dir.resolve("lib"));
    }

    @Test
    void resolvesEntriesInRepositoriesAndFlatDirectories() throws IOException {
        Path kafka = touch(dir.resolve("repo").resolve(KAFKA));
        Path scala = touch(dir.resolve("lib/scala-library-2.13.16.jar"));

        assertThat(KafkaClasspath.resolve(List.of(KAFKA, SCALA), List.of(dir.resolve("repo"), dir.resolve("lib"))))
                .containsExactly(kafka, scala);
    }

    @Test
    void namesTheJarsFoundNowhere() {
        assertThatIOException()
                .isThrownBy(() -> KafkaClasspath.resolve(List.of(SCALA), List.of(dir)))
                .withMessageContaining(SCALA);
    }

    @Test
    void theBuildListsTheBrokerJars() throws IOException {
        assertThat(KafkaClasspath.resolve()).contains("kafka_2.13-", "kafka-server-", "scala-library-");
    }

    private static Path touch(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.createFile(file);
    }
}
