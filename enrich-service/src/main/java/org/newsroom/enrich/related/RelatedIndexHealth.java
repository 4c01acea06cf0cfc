package org.newsroom.enrich.related;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health {@code relatedIndex}: DOWN while the index is being rebuilt from {@code articles.enriched} (enrichment has
 * not started), UP after, with the article and record counts and the rebuild time in ms.
 */
final class RelatedIndexHealth implements HealthIndicator {

    private final RelatedIndexFollower follower;
    private final RelatedIndex index;

    RelatedIndexHealth(RelatedIndexFollower follower, RelatedIndex index) {
        this.follower = follower;
        this.index = index;
    }

    @Override
    public Health health() {
        RelatedIndexRebuilt rebuilt = follower.rebuilt();
        if (rebuilt == null) {
            return Health.down().withDetail("phase", "rebuilding").withDetail("records", follower.records()).build();
        }
        return Health.up().withDetail("phase", "following").withDetail("articles", index.size())
                .withDetail("records", follower.records()).withDetail("rebuild_ms", rebuilt.elapsedMs()).build();
    }
}
