package org.newsroom.publish.site;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Elasticsearch unreachable or failing while serving the site: 503 problem with Retry-After, logged once. */
@RestControllerAdvice(assignableTypes = {SiteController.class, SitePreviewController.class})
class SiteProblems {

    private static final Logger log = LoggerFactory.getLogger(SiteProblems.class);

    @ExceptionHandler({IOException.class, ElasticsearchException.class})
    ResponseEntity<ProblemDetail> searchUnavailable(Exception e) {
        log.atWarn().addKeyValue("reason", e.getMessage()).log("site request failed: Elasticsearch unavailable");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "the article index cannot be read now; try again shortly");
        problem.setType(URI.create("https://newsroom.example.org/problems/index-unavailable"));
        problem.setTitle("Index unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
    }
}
