package org.newsroom.publish.console;

import java.io.IOException;
import java.net.URI;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Console errors as RFC 9457 problems: a bad request (unknown topic, blank URI, not a replayable record, not a
 * section) is 400, an article that is not published 404, Kafka or Elasticsearch not answering 503. Logged once, without a stack trace.
 */
@RestControllerAdvice(basePackages = "org.newsroom.publish.console")
class ConsoleProblems {

    private static final Logger log = LoggerFactory.getLogger(ConsoleProblems.class);

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "console-bad-request", "Bad console request", e.getMessage());
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return problem(HttpStatus.NOT_FOUND, "console-not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler({IllegalStateException.class, IOException.class,
            org.apache.kafka.common.errors.TimeoutException.class})
    ProblemDetail unavailable(Exception e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "console-backend-unavailable", "Kafka or Elasticsearch unavailable",
                e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        log.atWarn().addKeyValue("status", status.value()).addKeyValue("reason", detail).log("console request failed");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://newsroom.example.org/problems/" + type));
        problem.setTitle(title);
        return problem;
    }
}
