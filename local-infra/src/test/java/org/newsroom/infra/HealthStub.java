package org.newsroom.infra;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Stands in for a Spring Boot service in {@link ServiceProcessIT}: serves {@code /actuator/health} as UP on
 * {@code --server.port}; with {@code --fail=<message>} prints the message and exits with status 3 instead, and with
 * {@code --taken-port=<port>} acts as if that port were taken when it binds it: prints Spring Boot's message for a
 * taken port and exits with status 1.
 */
public final class HealthStub {

    private HealthStub() {
    }

    public static void main(String[] args) throws IOException {
        int port = 0;
        int takenPort = -1;
        for (String arg : args) {
            if (arg.startsWith("--fail=")) {
                System.out.println(arg.substring("--fail=".length()));
                System.exit(3);
            }
            if (arg.startsWith("--taken-port=")) {
                takenPort = Integer.parseInt(arg.substring("--taken-port=".length()));
            }
            if (arg.startsWith("--server.port=")) {
                port = Integer.parseInt(arg.substring("--server.port=".length()));
            }
        }
        if (port == takenPort) {
            System.out.println("Web server failed to start. Port " + port + " was already in use.");
            System.exit(1);
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/actuator/health", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        System.out.println("stub up on port " + port);
    }
}
