package org.newsroom.infra;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which sockets hold a TCP port, from Linux's {@code /proc/net/tcp} and {@code /proc/net/tcp6} (format: the kernel's
 * {@code Documentation/networking/proc_net_tcp.rst}), with the owning process where {@code /proc/<pid>/fd} shows it.
 * For error messages only: elsewhere than Linux, or without permission, it says what it could not see.
 */
final class PortHolders {

    private static final Path PROC = Path.of("/proc");
    /** TCP states by their hex code in {@code /proc/net/tcp} (include/net/tcp_states.h). */
    private static final Map<String, String> STATES = Map.ofEntries(Map.entry("01", "ESTABLISHED"),
            Map.entry("02", "SYN_SENT"), Map.entry("03", "SYN_RECV"), Map.entry("04", "FIN_WAIT1"),
            Map.entry("05", "FIN_WAIT2"), Map.entry("06", "TIME_WAIT"), Map.entry("07", "CLOSE"),
            Map.entry("08", "CLOSE_WAIT"), Map.entry("09", "LAST_ACK"), Map.entry("0A", "LISTEN"),
            Map.entry("0B", "CLOSING"));
    private static final int MAX_COMMAND = 120;
    /** {@code ::ffff:0:0/96} as {@code /proc/net/tcp6} prints it: four 32-bit words, each in host byte order. */
    private static final String V4_MAPPED_PREFIX = "0000000000000000FFFF0000";

    private PortHolders() {
    }

    /**
     * @param port a TCP port, 1–65535
     * @return e.g. {@code tcp 127.0.0.1:21082 ESTABLISHED to 127.0.0.1:9092 (pid 812: java -jar …)}, one socket per
     *         entry; empty if no socket has it as its local port or {@code /proc} cannot be read
     */
    static List<String> of(int port) {
        List<String> holders = new ArrayList<>();
        for (String table : List.of("tcp", "tcp6")) {
            try (BufferedReader reader = Files.newBufferedReader(PROC.resolve("net").resolve(table),
                    StandardCharsets.US_ASCII)) {
                reader.readLine(); // header
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String[] fields = line.trim().split("\\s+");
                    if (fields.length > 9 && portOf(fields[1]) == port) {
                        holders.add(table + " " + address(fields[1]) + " " + STATES.getOrDefault(fields[3], fields[3])
                                + " to " + address(fields[2]) + owner(fields[9]));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not Linux, or no permission: the message goes without holders
            }
        }
        return holders;
    }

    /** @param hex {@code 0100007F:5262}, the address in network byte order per 32-bit word, then the port */
    static int portOf(String hex) {
        return Integer.parseInt(hex.substring(hex.indexOf(':') + 1), 16);
    }

    /**
     * @return {@code 127.0.0.1:21090} for an IPv4 entry and for an IPv4-mapped IPv6 one ({@code ::ffff:127.0.0.1},
     *         what Java's dual-stack sockets bind); the raw hex address and the port for other IPv6 entries
     */
    static String address(String hex) {
        String host = hex.substring(0, hex.indexOf(':'));
        if (host.length() == 32 && host.startsWith(V4_MAPPED_PREFIX)) {
            host = host.substring(V4_MAPPED_PREFIX.length());
        }
        if (host.length() != 8) {
            return "[" + host.toLowerCase(Locale.ROOT) + "]:" + portOf(hex);
        }
        long word = Long.parseLong(host, 16);
        return (word & 0xFF) + "." + (word >> 8 & 0xFF) + "." + (word >> 16 & 0xFF) + "." + (word >> 24 & 0xFF)
                + ":" + portOf(hex);
    }

    private static String owner(String inode) {
        if (inode.equals("0")) {
            return " (no process: a closing socket)";
        }
        String link = "socket:[" + inode + "]";
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(PROC, "[0-9]*")) {
            for (Path process : processes) {
                if (holds(process, link)) {
                    return " (pid " + process.getFileName() + ": " + command(process) + ")";
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        return " (inode " + inode + ", process not visible)";
    }

    private static boolean holds(Path process, String link) {
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(process.resolve("fd"))) {
            for (Path fd : fds) {
                if (Files.readSymbolicLink(fd).toString().equals(link)) {
                    return true;
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone, or not ours to see
        }
        return false;
    }

    private static String command(Path process) throws IOException {
        String command = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8)
                .replace('\0', ' ').strip();
        return command.length() <= MAX_COMMAND ? command : command.substring(0, MAX_COMMAND) + "…";
    }
}
