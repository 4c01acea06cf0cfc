package org.newsroom.infra;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free TCP ports on 127.0.0.1, taken below the kernel's ephemeral range ({@code /proc/sys/net/ipv4/ip_local_port_range},
 * 32768–60999 by default). A port from that range (what binding port 0 gives) can be taken as the local end of any
 * process's outgoing connection between the moment it is handed out and the moment a server binds it: the fault
 * suite saw a service refuse to start because its port had just become a Kafka client's local port.
 */
public final class FreePorts {

    /** The lowest port handed out. */
    static final int LOWEST = 10_000;
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final int DEFAULT_EPHEMERAL_START = 32_768;
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    /**
     * A port from {@value #LOWEST} up to just below the ephemeral range, free when checked (by binding it), handed out
     * at most once per JVM, so two calls before either port is bound never return the same one; another process may
     * still take it. Where the ephemeral range starts too low to leave 1,000 ports below it, an ephemeral port
     * (bound port 0) is handed out instead.
     *
     * @return a port that was free a moment ago, 1024–65535
     * @throws UncheckedIOException if no socket can be bound
     */
    public static int next() {
        int end = ephemeralStart();
        if (end - LOWEST < 1_000) {
            return nextEphemeral();
        }
        for (int attempt = 0; attempt < 1_000; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, end);
            if (!HANDED_OUT.contains(port) && isFree(port) && HANDED_OUT.add(port)) {
                return port;
            }
        }
        return nextEphemeral();
    }

    /**
     * @return the first port of the kernel's ephemeral range, or 32768 where it cannot be read. Read a line at a
     *         time: {@code Files.readString} gives the first byte only of this file, whose size the kernel reports
     *         as 0
     */
    static int ephemeralStart() {
        try (BufferedReader reader = Files.newBufferedReader(EPHEMERAL_RANGE, StandardCharsets.US_ASCII)) {
            String line = reader.readLine();
            return Integer.parseInt(line.trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return DEFAULT_EPHEMERAL_START;
        }
    }

    private static int nextEphemeral() {
        while (true) {
            int port;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot bind a socket on 127.0.0.1", e);
            }
            if (HANDED_OUT.add(port)) {
                return port;
            }
        }
    }

    /**
     * @param port a TCP port, 1–65535
     * @return whether nothing listens on 127.0.0.1:{@code port} (checked by binding it)
     */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * @throws PortInUseException if {@code port} is in use on 127.0.0.1, naming it, {@code user} and the sockets that
     *                            hold it (from {@code /proc/net/tcp} where there is one)
     */
    static void requireFree(int port, String user) throws PortInUseException {
        if (!isFree(port)) {
            throw inUse(port, user + ": port 127.0.0.1:" + port + " is already in use by another process");
        }
    }

    /** @return the exception for {@code port} taken, {@code message} followed by what holds the port */
    static PortInUseException inUse(int port, String message) {
        List<String> holders = PortHolders.of(port);
        return new PortInUseException(port, holders.isEmpty() ? message
                : message + "; held by " + String.join(", ", holders));
    }
}
