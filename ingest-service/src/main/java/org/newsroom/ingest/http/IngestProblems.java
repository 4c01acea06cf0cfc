package org.newsroom.ingest.http;

import java.net.URI;
import org.newsroom.ingest.agency.AgencyAuthenticationException;
import org.newsroom.ingest.agency.UriNotOwnedException;
import org.newsroom.ingest.format.UnsupportedWireFormatException;
import org.newsroom.ingest.format.WireFormatException;
import org.newsroom.ingest.kafka.ArticleTooLargeException;
import org.newsroom.ingest.kafka.IngestTopicsProperties;
import org.newsroom.ingest.kafka.KafkaUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Maps each rejection to one RFC 9457 problem type ({@code application/problem+json}), logged once, without a stack
 * trace: these are the agency's errors (or Kafka's absence), not ours.
 */
@RestControllerAdvice
class IngestProblems {

    private static final Logger log = LoggerFactory.getLogger(IngestProblems.class);
    private static final String TYPE_BASE = "https://newsroom.example.org/problems/";

    private final IngestTopicsProperties kafka;

    IngestProblems(IngestTopicsProperties kafka) {
        this.kafka = kafka;
    }

    @ExceptionHandler(WireFormatException.class)
    ResponseEntity<ProblemDetail> invalidWire(WireFormatException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-wire-document", "Invalid wire document",
                e.getMessage());
        if (e.location() != null) {
            problem.setProperty("location", e.location());
        }
        return respond(problem, null, null);
    }

    @ExceptionHandler(AgencyAuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AgencyAuthenticationException e) {
        return respond(problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Agency not authenticated", e.getMessage()),
                HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }

    @ExceptionHandler(UnsupportedWireFormatException.class)
    ResponseEntity<ProblemDetail> unsupported(UnsupportedWireFormatException e) {
        ProblemDetail problem = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                "Unsupported wire format", e.getMessage());
        problem.setProperty("location", "header Content-Type");
        return respond(problem, "Accept-Post",
                String.join(", ", e.supported().stream().map(Object::toString).toList()));
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException e) {
        return respond(problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Story too large", e.getMessage()),
                null, null);
    }

    @ExceptionHandler(ArticleTooLargeException.class)
    ResponseEntity<ProblemDetail> articleTooLarge(ArticleTooLargeException e) {
        return respond(problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Story too large", e.getMessage()),
                null, null);
    }

    @ExceptionHandler(UriNotOwnedException.class)
    ResponseEntity<ProblemDetail> notOwned(UriNotOwnedException e) {
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "uri-not-owned", "Not this agency's story", e.getMessage());
        problem.setProperty("uri", e.uri());
        return respond(problem, null, null);
    }

    @ExceptionHandler(NothingAcceptedException.class)
    ResponseEntity<ProblemDetail> nothingAccepted(NothingAcceptedException e) {
        HttpStatus status = HttpStatus.valueOf(e.status());
        ProblemDetail problem = problem(status, status == HttpStatus.FORBIDDEN ? "uri-not-owned" : "invalid-wire-document",
                "No item accepted", e.getMessage());
        problem.setProperty("rejected", e.rejected());
        return respond(problem, null, null);
    }

    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<ProblemDetail> rateLimited(RateLimitedException e) {
        return respond(problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests", e.getMessage()),
                HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
    }

    @ExceptionHandler(KafkaUnavailableException.class)
    ResponseEntity<ProblemDetail> kafkaUnavailable(KafkaUnavailableException e) {
        return respond(problem(HttpStatus.SERVICE_UNAVAILABLE, "kafka-unavailable", "Cannot store the story now",
                "the story was not accepted: " + e.getMessage() + "; send it again later"),
                HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, kafka.retryAfter().toSeconds())));
    }

    /** The URI of a problem type, e.g. {@code invalid-wire-document}. */
    static URI type(String name) {
        return URI.create(TYPE_BASE + name);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(type));
        problem.setTitle(title);
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, String header, String value) {
        log.atWarn()
                .addKeyValue("status", problem.getStatus())
                .addKeyValue("type", problem.getType())
                .addKeyValue("detail", problem.getDetail())
                .log("request rejected");
        var response = ResponseEntity.status(problem.getStatus());
        if (header != null) {
            response.header(header, value);
        }
        return response.body(problem);
    }
}
