package org.newsroom.ingest.acceptance;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real agency files of {@code ../shared/corpus/wire/} (see its SOURCES.md), read in place: several are not ours to
 * redistribute, so they are never copied into the project. Tests using them skip when the directory is absent.
 */
final class WireCorpus {

    private WireCorpus() {
    }

    /** The corpus directory; skips the calling test with a message when it is absent. */
    static Path directory() {
        Path dir = Path.of(System.getProperty("newsroom.shared.dir", "../../shared"), "corpus", "wire");
        assumeTrue(Files.isDirectory(dir), "wire corpus not found at " + dir.toAbsolutePath()
                + " (set -Dnewsroom.shared.dir); acceptance over real agency files skipped");
        return dir;
    }

    /** The bytes of one corpus file; skips when it is absent. */
    static byte[] file(String name) {
        Path file = directory().resolve(name);
        assumeTrue(Files.isRegularFile(file), "corpus file " + name + " not found; skipped");
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
