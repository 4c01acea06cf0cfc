package org.newsroom.pipeline;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.newsroom.events.ArticleCodec;
import tools.jackson.databind.JsonNode;

/** Small HTTP client for the tests: an agency pushing stories, a reader of the site API. */
final class Http {

    static final String DEMO_KEY = "demo-secret";

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    /** A response with its body parsed as JSON (null when empty). */
    record Answer(int status, String contentType, JsonNode json, Map<String, java.util.List<String>> headers) {
    }

    static Answer pushNinjs(String ingestUrl, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(ingestUrl + "/api/v1/articles"))
                .header("Authorization", "Bearer " + DEMO_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    static Answer get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        byte[] body = response.body();
        JsonNode json = body.length == 0 ? null : ArticleCodec.mapper().readTree(body);
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), json,
                response.headers().map());
    }
}
