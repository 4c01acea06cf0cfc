package org.newsroom.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.newsroom.events.ArticleCodec;
import tools.jackson.databind.JsonNode;

/** The few Elasticsearch REST calls the bench makes, over the JDK's HTTP client: no client library in the way. */
public final class ElasticsearchHttp {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    /** @param base the node, e.g. {@code http://127.0.0.1:9200} */
    public ElasticsearchHttp(URI base) {
        this.base = base;
    }

    /** GETs JSON; @throws IOException unless the answer is 2xx */
    public JsonNode get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** POSTs JSON; @throws IOException unless the answer is 2xx */
    public JsonNode post(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** PUTs JSON; @throws IOException unless the answer is 2xx */
    public JsonNode put(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** POSTs an NDJSON bulk body to {@code /_bulk}; @throws IOException unless the answer is 2xx */
    public JsonNode bulk(byte[] ndjson) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve("/_bulk")).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofByteArray(ndjson)));
    }

    /** @return how many documents of {@code index} have a URI starting with {@code uriPrefix} (searchable now) */
    public long count(String index, String uriPrefix) throws IOException, InterruptedException {
        return post("/" + index + "/_count", "{\"query\":{\"prefix\":{\"uri\":\"" + uriPrefix + "\"}}}")
                .get("count").asLong();
    }

    private JsonNode send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() / 100 != 2) {
            throw new IOException(request.build().uri() + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return ArticleCodec.mapper().readTree(response.body());
    }
}
