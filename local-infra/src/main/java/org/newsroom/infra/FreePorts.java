package org.newsroom.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Free TCP ports on 127.0.0.1. */
public final class FreePorts {

    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    /**
     * Binds 127.0.0.1:0, releases the socket and returns its port. A port is handed out at most once per JVM, so
     * two calls before either port is bound never return the same one; another process may still take it.
     *
     * @return a port that was free a moment ago, 1024–65535
     * @throws UncheckedIOException if no socket can be bound
     */
    public static int next() {
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

    /** @throws IOException if {@code port} is in use on 127.0.0.1, naming it and {@code user} */
    static void requireFree(int port, String user) throws IOException {
        if (!isFree(port)) {
            throw new StartFailedException(user + ": port 127.0.0.1:" + port + " is already in use by another process");
        }
    }
}
