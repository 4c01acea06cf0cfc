package org.newsroom.enrich.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScratchIndexDirectoryTest {

    @TempDir
    Path parent;

    @Test
    void theIndexWritesItsFilesInADirectoryOfItsOwnAndClosingDeletesIt() throws IOException {
        Path dir;
        try (RelatedIndex index = new RelatedIndex(RelatedProperties.defaults(), Clock.systemUTC(), parent)) {
            index.index(Stories.EN_FLOOD_1);
            index.index(Stories.EN_FLOOD_2);
            index.refresh();
            dir = single(parent);
            assertThat(dir.getFileName().toString()).startsWith("newsroom-related-" + ProcessHandle.current().pid() + "-");
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files).isNotEmpty();
            }
        }
        assertThat(dir).doesNotExist();
    }

    @Test
    void theDirectoryOfAProcessThatIsGoneIsDeletedAndOthersAreKept() throws IOException, InterruptedException {
        Process gone = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        gone.waitFor();
        Path abandoned = Files.createDirectories(parent.resolve("newsroom-related-" + gone.pid() + "-123"));
        Files.writeString(abandoned.resolve("_0.cfe"), "segment");
        Path alive = Files.createDirectories(parent.resolve("newsroom-related-" + ProcessHandle.current().pid() + "-456"));
        Path unrelated = Files.createDirectories(parent.resolve("newsroom-related-notapid"));

        try (ScratchIndexDirectory created = ScratchIndexDirectory.create(parent)) {
            assertThat(abandoned).doesNotExist();
            assertThat(alive).exists();
            assertThat(unrelated).exists();
            assertThat(created.path()).exists().isNotEqualTo(alive);
        }
    }

    @Test
    void readsThePidFromTheName() {
        assertThat(ScratchIndexDirectory.pidOf("newsroom-related-4242-98765")).contains(4242L);
        assertThat(ScratchIndexDirectory.pidOf("newsroom-related-x-1")).isEmpty();
        assertThat(ScratchIndexDirectory.pidOf("other-4242-1")).isEmpty();
    }

    private static Path single(Path parent) throws IOException {
        try (Stream<Path> dirs = Files.list(parent)) {
            return dirs.reduce((a, b) -> {
                throw new AssertionError("more than one index directory: " + a + ", " + b);
            }).orElseThrow();
        }
    }
}
