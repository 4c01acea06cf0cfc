package org.newsroom.publish.console.deadletter;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dead letters for editors: {@code GET /console/api/dead-letters} (topics and counts),
 * {@code GET /console/api/dead-letters/{topic}} (newest first), {@code GET …/{topic}/{partition}/{offset}} (payload
 * and headers), {@code POST …/{topic}/{partition}/{offset}/replay}, {@code POST …/{topic}/replay-all},
 * {@code GET /console/api/audit}. POSTs need the CSRF token.
 */
@RestController
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping("/console/api/dead-letters")
    Map<String, Long> topics() {
        return deadLetters.topics();
    }

    @GetMapping("/console/api/dead-letters/{topic}")
    List<DeadLetter> list(@PathVariable String topic) {
        return deadLetters.list(topic);
    }

    @GetMapping("/console/api/dead-letters/{topic}/{partition}/{offset}")
    ResponseEntity<?> read(@PathVariable String topic, @PathVariable int partition, @PathVariable long offset) {
        return deadLetters.read(topic, partition, offset)
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> {
                    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                            "no dead letter at " + topic + "/" + partition + "/" + offset);
                    problem.setType(URI.create("https://newsroom.example.org/problems/dead-letter-not-found"));
                    problem.setTitle("Dead letter not found");
                    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
                });
    }

    @PostMapping("/console/api/dead-letters/{topic}/{partition}/{offset}/replay")
    AuditEntry replay(@PathVariable String topic, @PathVariable int partition, @PathVariable long offset,
            Principal editor) {
        return deadLetters.replay(topic, partition, offset, editor.getName());
    }

    @PostMapping("/console/api/dead-letters/{topic}/replay-all")
    List<AuditEntry> replayAll(@PathVariable String topic, Principal editor) {
        return deadLetters.replayAll(topic, editor.getName());
    }

    @GetMapping("/console/api/audit")
    List<AuditEntry> audit(@RequestParam(defaultValue = "50") int limit) {
        return deadLetters.audit(Math.max(1, Math.min(limit, 1000)));
    }
}
