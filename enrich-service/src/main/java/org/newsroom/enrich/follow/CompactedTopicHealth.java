package org.newsroom.enrich.follow;

import java.util.function.IntSupplier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The health of a {@link CompactedTopicFollower}'s local state: DOWN while it catches up with its topic (enrichment has
 * not started), details {@code phase} (the catching-up phase's name) and {@code records}; UP after, details
 * {@code phase: following}, the state's size, {@code records} and the catch-up time in ms. Records count tombstones.
 */
public final class CompactedTopicHealth implements HealthIndicator {

    private final CompactedTopicFollower follower;
    private final String catchingUpPhase;
    private final String sizeDetail;
    private final IntSupplier size;
    private final String catchUpMsDetail;

    /**
     * @param follower        the follower reported on
     * @param catchingUpPhase the {@code phase} detail while catching up, e.g. {@code rebuilding}
     * @param sizeDetail      the name of the size detail once caught up, e.g. {@code articles}
     * @param size            the local state's size, read at each check
     * @param catchUpMsDetail the name of the catch-up time detail (ms), e.g. {@code rebuild_ms}
     */
    public CompactedTopicHealth(CompactedTopicFollower follower, String catchingUpPhase, String sizeDetail,
            IntSupplier size, String catchUpMsDetail) {
        this.follower = follower;
        this.catchingUpPhase = catchingUpPhase;
        this.sizeDetail = sizeDetail;
        this.size = size;
        this.catchUpMsDetail = catchUpMsDetail;
    }

    @Override
    public Health health() {
        if (!follower.caughtUp()) {
            return Health.down().withDetail("phase", catchingUpPhase).withDetail("records", follower.records()).build();
        }
        return Health.up().withDetail("phase", "following").withDetail(sizeDetail, size.getAsInt())
                .withDetail("records", follower.records()).withDetail(catchUpMsDetail, follower.catchUpMs()).build();
    }
}
