package org.newsroom.publish.kafka;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Health of the publishing consumer, exposed as {@code publishing}: down while batches fail and the consumer is
 * paused waiting to redeliver them (nothing is lost; it resumes on its own), up otherwise.
 */
@Component("publishing")
class PublishingHealthIndicator extends AbstractHealthIndicator {

    private final PublishingState state;

    PublishingHealthIndicator(PublishingState state) {
        super("publishing health check failed");
        this.state = state;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        PublishingState.Snapshot snapshot = state.snapshot();
        (snapshot.paused() ? builder.down() : builder.up())
                .withDetail("state", snapshot.paused() ? "paused" : "running");
        if (snapshot.since() != null) {
            builder.withDetail("since", snapshot.since().toString());
        }
        if (snapshot.paused()) {
            builder.withDetail("failures", snapshot.failures()).withDetail("last_failure", snapshot.lastFailure());
        }
        if (snapshot.lastBatchAt() != null) {
            builder.withDetail("last_batch_at", snapshot.lastBatchAt().toString());
        }
    }
}
