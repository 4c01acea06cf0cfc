package org.newsroom.publish.fault;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsroom.events.ArticleCodec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An HTTP proxy in front of a real Elasticsearch node that injects the failures a real cluster shows under load or
 * during an outage: bulk items answered 429 or 503 (the other items of the request really indexed), whole requests
 * answered 429 or 503, and connections refused. It records the document ids of every bulk request it forwards.
 * Bulk bodies must be {@code index} operations (action line plus source line), as publish-service writes them.
 */
public final class FaultProxy implements AutoCloseable {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "host", "transfer-encoding",
            "keep-alive", "upgrade", "expect");

    private final URI target;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, ItemFault> itemFaults = new ConcurrentHashMap<>();
    private final AtomicInteger requestFaults = new AtomicInteger();
    private volatile int requestFaultStatus;
    private volatile boolean down;
    private final AtomicInteger refusedBulks = new AtomicInteger();
    private final List<Forwarded> forwardedBulks = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    private record ItemFault(int status, String type, AtomicInteger remaining) {
    }

    /**
     * A bulk request the proxy passed on.
     *
     * @param ids    the document ids it carried, in order (items failed by the proxy excluded)
     * @param status Elasticsearch's HTTP status for it
     */
    public record Forwarded(List<String> ids, int status) {
    }

    /** Starts the proxy on a free port of 127.0.0.1, forwarding to {@code target}. */
    public FaultProxy(URI target) throws IOException {
        this.target = target;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    /** The proxy's base URI, for {@code newsroom.elasticsearch.uris}. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The next {@code times} bulk items for document {@code id} fail with {@code status} and error {@code type}. */
    public void failItem(String id, int times, int status, String type) {
        itemFaults.put(id, new ItemFault(status, type, new AtomicInteger(times)));
    }

    /** The next {@code times} bulk requests fail as a whole with {@code status}. */
    public void failRequests(int times, int status) {
        requestFaultStatus = status;
        requestFaults.set(times);
    }

    /**
     * Down: every request is answered 503 with no Elasticsearch behind it (as a load balancer in front of a dead
     * node does), until {@link #up()}.
     */
    public void down() {
        down = true;
    }

    /** Back up: requests are forwarded again. */
    public void up() {
        down = false;
    }

    /** Bulk requests refused while {@link #down()}. */
    public int refusedBulks() {
        return refusedBulks.get();
    }

    /** The bulk requests forwarded to Elasticsearch, in order. */
    public List<Forwarded> forwardedBulks() {
        return List.copyOf(forwardedBulks);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            boolean bulk = path.endsWith("/_bulk");
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (down) {
                if (bulk) {
                    refusedBulks.incrementAndGet();
                }
                respond(exchange, 503, error(503, "proxy_unavailable_exception", "node down (fault proxy)"));
                return;
            }
            if (bulk && requestFaults.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                int status = requestFaultStatus;
                respond(exchange, status, error(status, status == 429 ? "es_rejected_execution_exception"
                        : "unavailable_shards_exception", "injected by the fault proxy"));
                return;
            }
            if (bulk && !itemFaults.isEmpty()) {
                handleBulk(exchange, body);
                return;
            }
            HttpResponse<byte[]> response = forward(exchange, body);
            if (bulk) {
                forwardedBulks.add(new Forwarded(ids(lines(body)), response.statusCode()));
            }
            respond(exchange, response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            System.err.println("fault proxy: cannot forward " + exchange.getRequestURI() + ": " + e);
            throw e;
        }
    }

    /** Forwards the items without a fault, answers the others with their fault, in the original order. */
    private void handleBulk(HttpExchange exchange, byte[] body) throws IOException, InterruptedException {
        List<String> lines = lines(body);
        List<String> forwarded = new ArrayList<>();
        List<ObjectNode> injected = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i += 2) {
            String id = ArticleCodec.mapper().readTree(lines.get(i)).get("index").get("_id").asString();
            ItemFault fault = itemFaults.get(id);
            if (fault != null && fault.remaining().getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                ObjectNode item = ArticleCodec.mapper().createObjectNode();
                ObjectNode index = item.putObject("index");
                index.put("_index", indexName(exchange)).put("_id", id).put("status", fault.status());
                index.putObject("error").put("type", fault.type()).put("reason", "injected by the fault proxy");
                injected.add(item);
            } else {
                forwarded.add(lines.get(i));
                forwarded.add(lines.get(i + 1));
                injected.add(null);
            }
        }
        ArrayNode items = ArticleCodec.mapper().createArrayNode();
        boolean errors = injected.stream().anyMatch(item -> item != null);
        if (!forwarded.isEmpty()) {
            byte[] forwardBody = (String.join("\n", forwarded) + "\n").getBytes(StandardCharsets.UTF_8);
            HttpResponse<byte[]> response = forward(exchange, forwardBody);
            forwardedBulks.add(new Forwarded(ids(forwarded), response.statusCode()));
            if (response.statusCode() != 200) {
                respond(exchange, response.statusCode(), response.body());
                return;
            }
            JsonNode real = ArticleCodec.mapper().readTree(response.body());
            errors |= real.get("errors").asBoolean();
            int next = 0;
            for (ObjectNode item : injected) {
                items.add(item != null ? item : real.get("items").get(next++));
            }
        } else {
            injected.forEach(items::add);
        }
        ObjectNode answer = ArticleCodec.mapper().createObjectNode();
        answer.put("took", 1).put("errors", errors).set("items", items);
        respond(exchange, 200, ArticleCodec.mapper().writeValueAsBytes(answer));
    }

    /** The index named by a bulk request's path ({@code /articles/_bulk}), as Elasticsearch reports it per item. */
    private static String indexName(HttpExchange exchange) {
        String[] segments = exchange.getRequestURI().getPath().split("/");
        return segments.length > 2 ? segments[1] : "_unknown";
    }

    private HttpResponse<byte[]> forward(HttpExchange exchange, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().toString()))
                .timeout(Duration.ofSeconds(60))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase())) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("X-Elastic-Product", "Elasticsearch");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] error(int status, String type, String reason) {
        return ("{\"error\":{\"type\":\"" + type + "\",\"reason\":\"" + reason + "\",\"root_cause\":[{\"type\":\""
                + type + "\",\"reason\":\"" + reason + "\"}]},\"status\":" + status + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> lines(byte[] body) {
        List<String> lines = new ArrayList<>();
        for (String line : new String(body, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static List<String> ids(List<String> lines) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += 2) {
            ids.add(ArticleCodec.mapper().readTree(lines.get(i)).get("index").get("_id").asString());
        }
        return ids;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
