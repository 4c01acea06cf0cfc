package org.newsroom.publish.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.newsroom.events.ArticleCodec;
import tools.jackson.databind.JsonNode;

/** Plain REST calls to the test node, behind the service's back. */
public final class NodeClient {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI node;

    public NodeClient(URI node) {
        this.node = node;
    }

    /** A response: status and JSON body (null when empty). */
    public record Answer(int status, JsonNode json) {
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(node.resolve(path)).GET());
    }

    public Answer put(String path, String json) {
        return send(HttpRequest.newBuilder(node.resolve(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Answer post(String path, String json) {
        return send(HttpRequest.newBuilder(node.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Answer delete(String path) {
        return send(HttpRequest.newBuilder(node.resolve(path)).DELETE());
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            byte[] body = response.body();
            return new Answer(response.statusCode(), body.length == 0 ? null : ArticleCodec.mapper().readTree(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
