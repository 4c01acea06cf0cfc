package org.newsroom.infra;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Reads the end of a child process's log for error messages. */
final class Logs {

    /** Lines of log quoted when a start fails. */
    static final int TAIL_LINES = 40;

    /** Bytes read from the end of the file at most, enough for {@link #TAIL_LINES} long lines. */
    private static final int TAIL_BYTES = 64 * 1024;

    private Logs() {
    }

    /**
     * @param log   a UTF-8 text file; a missing file gives an empty list
     * @param lines how many lines to return at most, counted from the end
     * @return the last {@code lines} lines, oldest first
     */
    static List<String> tail(Path log, int lines) throws IOException {
        if (!Files.exists(log)) {
            return List.of();
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(0, file.length() - TAIL_BYTES);
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            List<String> all = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\\R"));
            if (start > 0 && !all.isEmpty()) {
                all = all.subList(1, all.size()); // first line may be cut
            }
            return all.subList(Math.max(0, all.size() - lines), all.size());
        }
    }

    /** @return {@code message}, then the last {@link #TAIL_LINES} lines of {@code log} under a heading naming it */
    static String withTail(String message, Path log) {
        StringBuilder text = new StringBuilder(message).append("\n--- last lines of ").append(log).append(" ---");
        try {
            tail(log, TAIL_LINES).forEach(line -> text.append('\n').append(line));
        } catch (IOException e) {
            text.append("\n(cannot read the log: ").append(e.getMessage()).append(')');
        }
        return text.toString();
    }
}
