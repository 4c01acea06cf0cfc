package org.newsroom.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * CPU time a process used so far, user plus system: fields 14 and 15 of {@code /proc/<pid>/stat}, in clock ticks of
 * 10 ms (Linux's {@code USER_HZ}; Linux only). On a shared machine the CPU a stage spends per story is a steadier
 * figure than its latency, which also counts the waits for the CPU other processes hold.
 */
public final class CpuTime {

    private static final long NANOS_PER_TICK = 10_000_000L;

    private CpuTime() {
    }

    /** @return the process's CPU time in nanoseconds, or empty where /proc is not readable (not Linux, gone) */
    public static OptionalLong of(long pid) {
        try {
            return parse(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * @param stat the text of {@code /proc/<pid>/stat}; the command name (field 2) is in parentheses and may hold
     *             spaces, so fields are counted after its last {@code )}
     * @return utime + stime in nanoseconds, or empty if the text has too few fields
     */
    static OptionalLong parse(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 1).trim().split("\\s+");
        // fields[0] is field 3 (state): utime (14) and stime (15) are fields[11] and fields[12]
        if (fields.length < 13) {
            return OptionalLong.empty();
        }
        return OptionalLong.of((Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * NANOS_PER_TICK);
    }
}
