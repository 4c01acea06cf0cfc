package org.newsroom.publish.console.review;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import org.newsroom.events.SectionOverride;
import org.newsroom.publish.console.deadletter.AuditEntry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review queue and editors' decisions: {@code GET /console/api/review?page=1&size=50&section=} (newest first),
 * {@code POST /console/api/review/decisions} with {@code {"uri": …, "section": …}} (CSRF token needed; answers the
 * audit entry), {@code GET /console/api/review/overrides?limit=50} (the decisions, newest first) and
 * {@code GET /console/api/review/sections}.
 */
@RestController
class ReviewQueueController {

    /**
     * An editor's decision.
     *
     * @param uri     the article
     * @param section the section it belongs in (its current one to confirm it)
     */
    record Decision(String uri, String section) {
    }

    private final ReviewQueue queue;
    private final SectionOverrides overrides;

    ReviewQueueController(ReviewQueue queue, SectionOverrides overrides) {
        this.queue = queue;
        this.overrides = overrides;
    }

    @GetMapping("/console/api/review")
    List<ReviewItem> review(@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) String section) throws IOException {
        return queue.newest(page, size, section);
    }

    @PostMapping("/console/api/review/decisions")
    AuditEntry decide(@RequestBody Decision decision, Principal editor) throws IOException {
        return overrides.decide(decision.uri(), decision.section(), editor.getName());
    }

    @GetMapping("/console/api/review/overrides")
    List<SectionOverride> overrides(@RequestParam(defaultValue = "50") int limit) {
        return overrides.recent(limit);
    }

    @GetMapping("/console/api/review/sections")
    List<String> sections() {
        return overrides.sections();
    }
}
