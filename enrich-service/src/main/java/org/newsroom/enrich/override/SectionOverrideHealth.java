package org.newsroom.enrich.override;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health {@code sectionOverrides}: DOWN while the table is being loaded from {@code articles.section-overrides}
 * (enrichment has not started), UP after, with the number of URIs with a decision and the records read.
 */
final class SectionOverrideHealth implements HealthIndicator {

    private final SectionOverrideFollower follower;
    private final SectionOverrideTable table;

    SectionOverrideHealth(SectionOverrideFollower follower, SectionOverrideTable table) {
        this.follower = follower;
        this.table = table;
    }

    @Override
    public Health health() {
        SectionOverridesLoaded loaded = follower.loaded();
        if (loaded == null) {
            return Health.down().withDetail("phase", "loading").withDetail("records", follower.records()).build();
        }
        return Health.up().withDetail("phase", "following").withDetail("overrides", table.size())
                .withDetail("records", follower.records()).withDetail("load_ms", loaded.elapsedMs()).build();
    }
}
