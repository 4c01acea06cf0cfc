package org.newsroom.pipeline.fault;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsroom.events.ArticleCodec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An HTTP proxy in front of Elasticsearch that makes {@code _bulk} requests fail the ways a loaded cluster does,
 * in turn: {@code 429 Too Many Requests} for the whole request (nothing written); {@code 504 Gateway Timeout} after
 * the bulk was forwarded and applied (the client cannot know it was written); and a {@code 200} with
 * {@code errors: true} where every third item was not forwarded and is answered {@code 429 es_rejected_execution}.
 * Every other request passes through unchanged. Faults apply while {@link #faulty(boolean)} is on.
 */
final class FaultyElasticsearchProxy implements AutoCloseable {

    /** Request headers the client's content negotiation needs (compatible-with=8). */
    private static final List<String> FORWARDED_HEADERS = List.of("Content-Type", "Accept");

    private final HttpServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI target;
    private final AtomicInteger bulks = new AtomicInteger();
    private final AtomicInteger tooManyRequests = new AtomicInteger();
    private final AtomicInteger gatewayTimeouts = new AtomicInteger();
    private final AtomicInteger partialBulks = new AtomicInteger();
    private final AtomicInteger itemsRejected = new AtomicInteger();
    private volatile boolean faulty = true;

    /** Starts the proxy on a free port of 127.0.0.1 in front of {@code target}. */
    FaultyElasticsearchProxy(URI target) throws IOException {
        this.target = target;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::handle);
        server.start();
    }

    /** @return the proxy's base URI */
    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Turns the faults on or off. */
    void faulty(boolean on) {
        faulty = on;
    }

    /** @return a summary of the faults injected so far */
    String injected() {
        return "bulks=" + bulks.get() + " (429=" + tooManyRequests.get() + ", 504 after applying="
                + gatewayTimeouts.get() + ", partial=" + partialBulks.get() + " with " + itemsRejected.get()
                + " items rejected)";
    }

    /** @return how many faults of each of the three kinds were injected, the fewest */
    int fewestOfAKind() {
        return Math.min(tooManyRequests.get(), Math.min(gatewayTimeouts.get(), partialBulks.get()));
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getRawPath();
            if (faulty && path.endsWith("/_bulk") && "POST".equals(exchange.getRequestMethod())) {
                switch (bulks.incrementAndGet() % 4) {
                    case 1 -> {
                        tooManyRequests.incrementAndGet();
                        respond(exchange, 429, ("{\"error\":{\"type\":\"es_rejected_execution_exception\","
                                + "\"reason\":\"injected\"},\"status\":429}").getBytes(StandardCharsets.UTF_8));
                        return;
                    }
                    case 2 -> {
                        forward(exchange, body);
                        gatewayTimeouts.incrementAndGet();
                        respond(exchange, 504, "{\"error\":\"injected gateway timeout\"}"
                                .getBytes(StandardCharsets.UTF_8));
                        return;
                    }
                    case 3 -> {
                        partialBulk(exchange, body);
                        return;
                    }
                    default -> {
                        // passes through
                    }
                }
            }
            HttpResponse<byte[]> answer = forward(exchange, body);
            respond(exchange, answer.statusCode(), answer.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Forwards every third action-and-source pair but the others, and answers those with 429 items. */
    private void partialBulk(HttpExchange exchange, byte[] body) throws IOException, InterruptedException {
        String[] lines = new String(body, StandardCharsets.UTF_8).split("\n");
        List<Integer> rejected = new ArrayList<>();
        StringBuilder forwarded = new StringBuilder();
        for (int pair = 0; pair * 2 + 1 < lines.length; pair++) {
            if (pair % 3 == 0) {
                rejected.add(pair);
            } else {
                forwarded.append(lines[pair * 2]).append('\n').append(lines[pair * 2 + 1]).append('\n');
            }
        }
        int pairs = lines.length / 2;
        ArrayNode items = ArticleCodec.mapper().createArrayNode();
        JsonNode forwardedItems = null;
        if (forwarded.length() > 0) {
            HttpResponse<byte[]> answer = forward(exchange, forwarded.toString().getBytes(StandardCharsets.UTF_8));
            if (answer.statusCode() != 200) {
                respond(exchange, answer.statusCode(), answer.body());
                return;
            }
            forwardedItems = ArticleCodec.mapper().readTree(answer.body()).get("items");
        }
        int next = 0;
        for (int pair = 0; pair < pairs; pair++) {
            if (rejected.contains(pair)) {
                JsonNode action = ArticleCodec.mapper().readTree(lines[pair * 2]);
                String op = action.propertyNames().iterator().next();
                ObjectNode item = items.addObject().putObject(op);
                item.put("_index", action.get(op).path("_index").asString("articles"));
                item.put("_id", action.get(op).path("_id").asString());
                item.put("status", 429);
                item.putObject("error").put("type", "es_rejected_execution_exception").put("reason", "injected");
            } else {
                items.add(forwardedItems.get(next++));
            }
        }
        partialBulks.incrementAndGet();
        itemsRejected.addAndGet(rejected.size());
        ObjectNode response = ArticleCodec.mapper().createObjectNode();
        response.put("errors", true);
        response.put("took", 1);
        response.set("items", items);
        respond(exchange, 200, ArticleCodec.mapper().writeValueAsBytes(response));
    }

    private HttpResponse<byte[]> forward(HttpExchange exchange, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().toString()))
                .timeout(Duration.ofSeconds(60))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        for (String header : FORWARDED_HEADERS) {
            String value = exchange.getRequestHeaders().getFirst(header);
            if (value != null) {
                request.header(header, value);
            }
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/vnd.elasticsearch+json;compatible-with=8");
        exchange.getResponseHeaders().set("X-elastic-product", "Elasticsearch");
        if ("HEAD".equals(exchange.getRequestMethod()) || body.length == 0) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
