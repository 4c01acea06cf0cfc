package org.newsroom.publish.site;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The site read API: {@code GET /api/v1/articles/{uri}} (URI percent-encoded), {@code GET /api/v1/search} and
 * {@code GET /api/v1/sections/{section}}. Killed, withheld and embargoed articles are 404 or absent.
 */
@RestController
@Validated
class SiteController {

    private final SiteQueries queries;

    SiteController(SiteQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/articles/{uri}")
    ResponseEntity<?> article(@PathVariable String uri) throws IOException {
        return queries.article(uri)
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> {
                    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                            "no published article has uri " + uri);
                    problem.setType(URI.create("https://newsroom.example.org/problems/article-not-found"));
                    problem.setTitle("Article not found");
                    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
                });
    }

    @GetMapping("/api/v1/search")
    SitePage search(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "lang", required = false) String lang,
            @RequestParam(name = "section", required = false) String section,
            @RequestParam(name = "page", defaultValue = "1") @Min(1) @Max(1000) int page,
            @RequestParam(name = "size", defaultValue = "10") @Min(1) @Max(100) int size) throws IOException {
        return queries.search(q, lang, section, page, size);
    }

    @GetMapping("/api/v1/sections/{section}")
    SitePage section(@PathVariable String section,
            @RequestParam(name = "page", defaultValue = "1") @Min(1) @Max(1000) int page,
            @RequestParam(name = "size", defaultValue = "10") @Min(1) @Max(100) int size) throws IOException {
        return queries.section(section, page, size);
    }
}
