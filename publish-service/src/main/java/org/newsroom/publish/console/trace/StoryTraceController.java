package org.newsroom.publish.console.trace;

import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /console/api/stories?uri=…}: where is my story. */
@RestController
class StoryTraceController {

    private final StoryTrace trace;

    StoryTraceController(StoryTrace trace) {
        this.trace = trace;
    }

    @GetMapping("/console/api/stories")
    StoryTraceView story(@RequestParam String uri) throws IOException {
        if (uri.isBlank()) {
            throw new IllegalArgumentException("query parameter uri must not be blank");
        }
        return trace.trace(uri.strip());
    }
}
