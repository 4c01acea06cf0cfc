package org.newsroom.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogsTest {

    @TempDir
    Path dir;

    @Test
    void tailIsTheLastLinesOldestFirst() throws IOException {
        Path log = dir.resolve("x.log");
        Files.writeString(log, IntStream.rangeClosed(1, 100).mapToObj(i -> "line " + i).collect(Collectors.joining("\n")));

        assertThat(Logs.tail(log, 3)).containsExactly("line 98", "line 99", "line 100");
    }

    @Test
    void tailOfALongLogDropsTheCutFirstLine() throws IOException {
        Path log = dir.resolve("x.log");
        Files.writeString(log, "x".repeat(100_000) + "\nlast\n");

        assertThat(Logs.tail(log, 40)).containsExactly("last");
    }

    @Test
    void aMissingLogHasNoTail() throws IOException {
        assertThat(Logs.tail(dir.resolve("none.log"), 40)).isEqualTo(List.of());
    }

    @Test
    void withTailQuotesTheLogUnderItsName() throws IOException {
        Path log = dir.resolve("x.log");
        Files.writeString(log, "boom\n");

        assertThat(Logs.withTail("failed", log)).isEqualTo("failed\n--- last lines of " + log + " ---\nboom");
    }
}
