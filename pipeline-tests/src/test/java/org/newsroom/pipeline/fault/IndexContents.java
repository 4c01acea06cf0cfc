package org.newsroom.pipeline.fault;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsroom.events.ArticleCodec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the site's index holds for a URI prefix, read from Elasticsearch directly (alias {@code articles}, after a
 * refresh): every hit with its {@code _id}, index, article version ({@code _source.version}; the external
 * {@code _version} is version × 1000 + revision) and whether it is a kill marker.
 *
 * @param hits every hit, by {@code _id}; more than one hit for an id means a duplicate (two indices behind the alias)
 */
record IndexContents(Map<String, List<Hit>> hits) {

    /** One document. */
    record Hit(String id, String index, long version, boolean killMarker, String sourceUri) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int MAX_HITS = 10_000;

    /**
     * @param elasticsearch the node, e.g. {@code http://127.0.0.1:9200}
     * @param uriPrefix     the URIs to read
     * @throws IOException when the node does not answer 200
     */
    static IndexContents read(URI elasticsearch, String uriPrefix) throws IOException, InterruptedException {
        call(elasticsearch.resolve("/articles/_refresh"), null);
        ObjectNode query = JsonNodeFactory.instance.objectNode();
        query.put("size", MAX_HITS);
        query.put("version", true);
        query.putObject("query").putObject("prefix").put("uri", uriPrefix);
        query.putArray("_source").add("uri").add("version").add("killed");
        JsonNode answer = call(elasticsearch.resolve("/articles/_search"), query.toString());
        JsonNode hits = answer.get("hits").get("hits");
        if (answer.get("hits").get("total").get("value").asLong() >= MAX_HITS) {
            throw new IllegalStateException("more than " + MAX_HITS + " documents under " + uriPrefix);
        }
        Map<String, List<Hit>> byId = new LinkedHashMap<>();
        for (JsonNode hit : hits) {
            JsonNode source = hit.get("_source");
            Hit h = new Hit(hit.get("_id").asString(), hit.get("_index").asString(), source.path("version").asLong(),
                    source.path("killed").asBoolean(false), source.path("uri").asString(null));
            byId.computeIfAbsent(h.id(), id -> new ArrayList<>()).add(h);
        }
        return new IndexContents(byId);
    }

    /** @return each live (not killed) URI with the article version of its document */
    Map<String, Long> live() {
        Map<String, Long> live = new LinkedHashMap<>();
        hits.forEach((id, list) -> list.stream().filter(hit -> !hit.killMarker())
                .forEach(hit -> live.put(id, hit.version())));
        return live;
    }

    /** @return how many hits there are beyond one per {@code _id} */
    int duplicates() {
        return hits.values().stream().mapToInt(list -> list.size() - 1).sum();
    }

    /** @return hits whose {@code _source.uri} is not their {@code _id} */
    List<Hit> mislabelled() {
        return hits.values().stream().flatMap(List::stream)
                .filter(hit -> hit.sourceUri() != null && !hit.sourceUri().equals(hit.id())).toList();
    }

    private static JsonNode call(URI uri, String body) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException(uri + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return ArticleCodec.mapper().readTree(response.body());
    }
}
