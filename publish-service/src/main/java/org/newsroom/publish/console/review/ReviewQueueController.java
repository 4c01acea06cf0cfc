package org.newsroom.publish.console.review;

import java.io.IOException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /console/api/review?size=50}: the review queue, newest first. */
@RestController
class ReviewQueueController {

    private final ReviewQueue queue;

    ReviewQueueController(ReviewQueue queue) {
        this.queue = queue;
    }

    @GetMapping("/console/api/review")
    List<ReviewItem> review(@RequestParam(defaultValue = "50") int size) throws IOException {
        return queue.newest(size);
    }
}
