package org.newsroom.infra.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Posts wire files to the ingest API as an agency would: {@code Authorization: Bearer <key>}, the content type
 * named by the file's extension, and bounded retries of 503 answers that honour {@code Retry-After}.
 */
final class Feed {

    /** Attempts per file, the first included. */
    static final int MAX_ATTEMPTS = 5;

    /** The longest {@code Retry-After} honoured; longer ones are cut to this. */
    static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(30);

    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;
    private final String agencyKey;

    /**
     * @param endpoint  the ingest API, e.g. {@code http://127.0.0.1:8081/api/v1/articles}
     * @param agencyKey the agency's bearer token
     */
    Feed(URI endpoint, String agencyKey) {
        this.endpoint = endpoint;
        this.agencyKey = agencyKey;
    }

    /**
     * Posts each file in order and prints its answer ({@code file → status body}) to {@code out}.
     *
     * @return whether every file was accepted (a 2xx answer)
     */
    boolean post(List<Path> files, PrintStream out) throws IOException {
        boolean allAccepted = true;
        for (Path file : files) {
            Optional<String> contentType = contentType(file);
            if (contentType.isEmpty()) {
                out.println(file + " → skipped: unknown extension (.json, .xml, .rss or .atom)");
                allAccepted = false;
                continue;
            }
            HttpResponse<String> response = postWithRetries(file, contentType.get());
            out.println(file + " → " + response.statusCode() + " " + response.body().strip());
            allAccepted &= response.statusCode() / 100 == 2;
        }
        return allAccepted;
    }

    /** @return the content type for the file's extension: json, xml, rss or atom (case-insensitive) */
    static Optional<String> contentType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return switch (extension) {
            case "json" -> Optional.of("application/json");
            case "xml" -> Optional.of("application/xml");
            case "rss" -> Optional.of("application/rss+xml");
            case "atom" -> Optional.of("application/atom+xml");
            default -> Optional.empty();
        };
    }

    /**
     * @param header a {@code Retry-After} value; only delay-seconds is understood (an HTTP date counts as absent)
     * @return the wait it asks for, 1 s when absent or not understood, at most {@link #MAX_RETRY_AFTER}
     */
    static Duration retryAfter(Optional<String> header) {
        Duration wait = header.map(String::strip).filter(value -> value.matches("\\d{1,9}"))
                .map(value -> Duration.ofSeconds(Long.parseLong(value)))
                .orElse(DEFAULT_RETRY_AFTER);
        return wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait;
    }

    private HttpResponse<String> postWithRetries(Path file, String contentType) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + agencyKey)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofFile(file))
                .build();
        try {
            for (int attempt = 1; ; attempt++) {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 503 || attempt == MAX_ATTEMPTS) {
                    return response;
                }
                Duration wait = retryAfter(response.headers().firstValue("Retry-After"));
                System.err.println(file + ": 503, retrying in " + wait.toSeconds() + " s");
                Thread.sleep(wait.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while posting " + file);
        }
    }
}
