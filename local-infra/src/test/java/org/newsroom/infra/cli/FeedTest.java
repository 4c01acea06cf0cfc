package org.newsroom.infra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger unavailableAnswersLeft = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/articles", this::answer);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void contentTypeFollowsTheExtension() {
        assertThat(Feed.contentType(Path.of("a.json"))).contains("application/json");
        assertThat(Feed.contentType(Path.of("a.XML"))).contains("application/xml");
        assertThat(Feed.contentType(Path.of("a.rss"))).contains("application/rss+xml");
        assertThat(Feed.contentType(Path.of("a.atom"))).contains("application/atom+xml");
        assertThat(Feed.contentType(Path.of("a.txt"))).isEmpty();
    }

    @Test
    void retryAfterIsBoundedAndDefaultsToOneSecond() {
        assertThat(Feed.retryAfter(Optional.of("2"))).isEqualTo(Duration.ofSeconds(2));
        assertThat(Feed.retryAfter(Optional.of("3600"))).isEqualTo(Feed.MAX_RETRY_AFTER);
        assertThat(Feed.retryAfter(Optional.of("Wed, 21 Oct 2015 07:28:00 GMT"))).isEqualTo(Duration.ofSeconds(1));
        assertThat(Feed.retryAfter(Optional.empty())).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void postsEachFileAsTheAgencyWithItsContentType() throws IOException {
        Path json = Files.writeString(dir.resolve("story.json"), "{\"uri\":\"x\"}");
        Path rss = Files.writeString(dir.resolve("feed.rss"), "<rss/>");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        boolean accepted = feed().post(List.of(json, rss), new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(accepted).isTrue();
        assertThat(requests).containsExactly(
                "Bearer k|application/json|{\"uri\":\"x\"}",
                "Bearer k|application/rss+xml|<rss/>");
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains(json + " → 202 accepted");
    }

    @Test
    void retriesWhileTheServiceIsUnavailable() throws IOException {
        unavailableAnswersLeft.set(2);
        Path json = Files.writeString(dir.resolve("story.json"), "{}");

        boolean accepted = feed().post(List.of(json), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));

        assertThat(accepted).isTrue();
        assertThat(requests).hasSize(3);
    }

    @Test
    void givesUpAfterTheLastAttempt() throws IOException {
        unavailableAnswersLeft.set(Feed.MAX_ATTEMPTS);
        Path json = Files.writeString(dir.resolve("story.json"), "{}");

        boolean accepted = feed().post(List.of(json), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));

        assertThat(accepted).isFalse();
        assertThat(requests).hasSize(Feed.MAX_ATTEMPTS);
    }

    private Feed feed() {
        return new Feed(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/articles"), "k");
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(exchange.getRequestHeaders().getFirst("Authorization") + "|"
                + exchange.getRequestHeaders().getFirst("Content-Type") + "|" + body);
        boolean unavailable = unavailableAnswersLeft.getAndDecrement() > 0;
        byte[] answer = (unavailable ? "busy" : "accepted").getBytes(StandardCharsets.UTF_8);
        if (unavailable) {
            exchange.getResponseHeaders().add("Retry-After", "0");
        }
        exchange.sendResponseHeaders(unavailable ? 503 : 202, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }
}
