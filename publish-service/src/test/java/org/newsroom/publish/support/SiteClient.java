package org.newsroom.publish.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.newsroom.events.ArticleCodec;
import tools.jackson.databind.JsonNode;

/** Reads the site API of a running publish-service. */
public final class SiteClient {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;

    public SiteClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A response: status and JSON body (null when empty). */
    public record Answer(int status, JsonNode json) {
    }

    /** GET {@code path} (already encoded). */
    public Answer get(String path) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            byte[] body = response.body();
            return new Answer(response.statusCode(), body.length == 0 ? null : ArticleCodec.mapper().readTree(body));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET /api/v1/articles/{uri}. */
    public Answer article(String uri) {
        return get("/api/v1/articles/" + encode(uri));
    }

    /** GET /api/v1/search?q=…&lang=… (lang may be null). */
    public Answer search(String q, String lang) {
        return get("/api/v1/search?q=" + encode(q) + (lang == null ? "" : "&lang=" + encode(lang)) + "&size=50");
    }

    /** The uris of a search page's hits, in order. */
    public static java.util.List<String> hitUris(JsonNode page) {
        java.util.List<String> uris = new java.util.ArrayList<>();
        page.get("hits").forEach(hit -> uris.add(hit.get("uri").asString()));
        return uris;
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
