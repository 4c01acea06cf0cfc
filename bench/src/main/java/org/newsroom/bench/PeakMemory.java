package org.newsroom.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** Peak resident set size of a process: {@code VmHWM} in {@code /proc/<pid>/status} (Linux only). */
public final class PeakMemory {

    private PeakMemory() {
    }

    /** @return the process's peak RSS in bytes, or empty where /proc is not readable (not Linux, process gone) */
    public static OptionalLong of(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                OptionalLong value = parse(line);
                if (value.isPresent()) {
                    return value;
                }
            }
        } catch (IOException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    /** @return the bytes of a {@code VmHWM:   123456 kB} line, or empty for any other line */
    static OptionalLong parse(String statusLine) {
        if (!statusLine.startsWith("VmHWM:")) {
            return OptionalLong.empty();
        }
        String[] parts = statusLine.substring("VmHWM:".length()).trim().split("\\s+");
        return OptionalLong.of(Long.parseLong(parts[0]) * 1024);
    }
}
