package org.newsroom.infra;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain HTTP GETs for readiness checks. */
final class HttpProbe {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([a-zA-Z_]+)\"");

    /** An answer: HTTP status code and body. */
    record Answer(int statusCode, String body) {

        /**
         * @return the {@code "status":"…"} value of the top-level object of a JSON body (actuator health, cluster
         *         health) — not a component's: Spring Boot 4 writes {@code components}, each with its own status,
         *         before the overall one
         */
        Optional<String> statusField() {
            Matcher matcher = STATUS.matcher(body);
            int depth = 0;
            int scanned = 0;
            boolean inString = false;
            while (matcher.find()) {
                for (int i = scanned; i < matcher.start(); i++) {
                    char c = body.charAt(i);
                    if (inString) {
                        if (c == '\\') {
                            i++;
                        } else if (c == '"') {
                            inString = false;
                        }
                    } else if (c == '"') {
                        inString = true;
                    } else if (c == '{' || c == '[') {
                        depth++;
                    } else if (c == '}' || c == ']') {
                        depth--;
                    }
                }
                scanned = Math.max(scanned, matcher.start());
                if (depth == 1 && !inString) {
                    return Optional.of(matcher.group(1));
                }
            }
            return Optional.empty();
        }
    }

    private HttpProbe() {
    }

    /**
     * @param timeout for the whole request
     * @return the answer, or empty if nothing answered (connection refused or reset, timeout)
     * @throws InterruptedIOException if interrupted
     */
    static Optional<Answer> get(URI uri, Duration timeout) throws InterruptedIOException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return Optional.of(new Answer(response.statusCode(), response.body()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while calling " + uri);
        }
    }
}
