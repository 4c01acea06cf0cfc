package org.newsroom.enrich.related;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The related index's files, memory-mapped (Lucene's {@link MMapDirectory}) from a directory of this process's own,
 * {@code newsroom-related-<pid>-*} under a parent (the JVM's {@code java.io.tmpdir} in the service). The index is
 * rebuilt from Kafka at every start, so nothing in it outlives the process: {@link #close()} deletes the directory,
 * and one left by a process that is gone (killed with SIGKILL) is deleted when the next one is created under the same
 * parent.
 *
 * <p>Not Lucene's heap-based {@code ByteBuffersDirectory}, which its documentation advises against for anything but
 * small, short-lived indexes: under load, its per-byte block lookups ({@code ByteBuffersDataInput}) were a quarter of
 * enrich's CPU samples, reading term vectors and postings.
 */
final class ScratchIndexDirectory implements Closeable {

    static final String PREFIX = "newsroom-related-";

    private static final Logger log = LoggerFactory.getLogger(ScratchIndexDirectory.class);

    private final Path path;
    private final MMapDirectory directory;

    private ScratchIndexDirectory(Path path) throws IOException {
        this.path = path;
        this.directory = new MMapDirectory(path);
    }

    /**
     * Creates a new, empty directory under {@code parent}, after deleting those of processes that are gone.
     *
     * @param parent an existing, writable directory
     * @throws IOException if the directory cannot be created
     */
    static ScratchIndexDirectory create(Path parent) throws IOException {
        deleteAbandoned(parent);
        return new ScratchIndexDirectory(
                Files.createTempDirectory(parent, PREFIX + ProcessHandle.current().pid() + "-"));
    }

    /** @return the Lucene directory; valid until {@link #close()} */
    Directory directory() {
        return directory;
    }

    /** @return where the files are */
    Path path() {
        return path;
    }

    /** Closes the Lucene directory and deletes the files; close the index writer and readers first. */
    @Override
    public void close() throws IOException {
        directory.close();
        FileSystemUtils.deleteRecursively(path);
    }

    /** Deletes the directories under {@code parent} whose process (the pid in the name) is no longer alive. */
    static void deleteAbandoned(Path parent) {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(parent, PREFIX + "*")) {
            for (Path dir : dirs) {
                Optional<Long> pid = pidOf(dir.getFileName().toString());
                if (pid.isPresent() && ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive).isEmpty()) {
                    FileSystemUtils.deleteRecursively(dir);
                    log.atInfo().addKeyValue("path", dir.toString())
                            .log("deleted the related index files of a process that is gone");
                }
            }
        } catch (IOException | RuntimeException e) {
            log.atWarn().addKeyValue("path", parent.toString()).addKeyValue("reason", e.toString())
                    .log("cannot delete abandoned related index files");
        }
    }

    /** @return the pid in {@code newsroom-related-<pid>-<random>}, if the name has that shape */
    static Optional<Long> pidOf(String name) {
        if (!name.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = name.substring(PREFIX.length());
        int dash = rest.indexOf('-');
        try {
            return dash > 0 ? Optional.of(Long.parseLong(rest.substring(0, dash))) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
