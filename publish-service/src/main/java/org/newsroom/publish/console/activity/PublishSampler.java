package org.newsroom.publish.console.activity;

import org.newsroom.publish.metrics.PublishMetrics;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Adds this instance's published stories to the {@code stage:publish} series and the end-to-end latency percentiles
 * to the latency history, every {@value #INTERVAL_MS} ms (publish happens in this process, so its meters are read
 * directly; ingest and enrich are read from their topics).
 */
@Component
class PublishSampler {

    static final long INTERVAL_MS = 5_000;

    private final PublishMetrics metrics;
    private final PipelineActivity activity;
    private long lastCount;

    PublishSampler(PublishMetrics metrics, PipelineActivity activity) {
        this.metrics = metrics;
        this.activity = activity;
    }

    @Scheduled(fixedRate = INTERVAL_MS)
    synchronized void sample() {
        long now = System.currentTimeMillis();
        long count = metrics.publishedCount();
        activity.counts().add("stage:publish", now, count - lastCount);
        lastCount = count;
        activity.latency().record(now, metrics.endToEndPercentilesMs());
    }
}
