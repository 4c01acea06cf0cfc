package org.newsroom.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A conventional pid file: the decimal pid on one line, as {@code kill $(cat x.pid)} expects. The process it names is
 * trusted only while alive and only if it started before the file was last written, so a pid recycled by an unrelated
 * process after ours died is not mistaken for ours.
 *
 * @param path the file; its directory must exist before {@link #write}
 */
record PidFile(Path path) {

    /** Clock granularity allowance between a process's start time (from /proc, in jiffies) and file times. */
    private static final Duration START_SLACK = Duration.ofSeconds(2);

    /** Writes {@code pid} atomically (temporary file, then rename). */
    void write(long pid) throws IOException {
        Path temporary = path.resolveSibling(path.getFileName() + ".tmp");
        Files.writeString(temporary, pid + "\n", StandardCharsets.US_ASCII);
        Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** @return the pid in the file, if the file exists and holds one */
    Optional<Long> pid() throws IOException {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.US_ASCII).strip();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** @return the live process the file names, if it is alive and not a recycled pid (see the type's comment) */
    Optional<ProcessHandle> liveProcess() throws IOException {
        Optional<Long> pid = pid();
        if (pid.isEmpty()) {
            return Optional.empty();
        }
        Instant written;
        try {
            written = Files.getLastModifiedTime(path).toInstant();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid.get())
                .filter(ChildProcesses::running)
                .filter(process -> process.info().startInstant()
                        .map(started -> !started.isAfter(written.plus(START_SLACK)))
                        .orElse(true));
    }

    /** Deletes the file if it exists. */
    void delete() throws IOException {
        Files.deleteIfExists(path);
    }
}
