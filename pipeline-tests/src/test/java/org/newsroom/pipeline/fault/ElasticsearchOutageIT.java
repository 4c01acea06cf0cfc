package org.newsroom.pipeline.fault;

import static org.awaitility.Awaitility.await;
import static org.newsroom.pipeline.fault.FaultPipeline.awaitAccepted;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.infra.junit.LocalInfraExtension;

/**
 * The Elasticsearch node stopped while stories flow, for {@code newsroom.fault.elasticsearch-outage} (default 30 s),
 * then started again: ingest and enrich go on, publish holds its partitions (reporting DOWN) and catches up after.
 */
@ExtendWith({LocalInfraExtension.class, FaultPipelineExtension.class})
class ElasticsearchOutageIT {

    private static final Duration OUTAGE =
            Duration.parse("PT" + System.getProperty("newsroom.fault.elasticsearch-outage", "30s").toUpperCase());

    private static FaultPipeline pipeline;

    @BeforeAll
    static void pipeline(FaultPipeline shared) {
        pipeline = shared;
    }

    @BeforeEach
    void healthy() throws Exception {
        pipeline.ensureHealthy();
    }

    @Test
    void nodeDownForAWhileMidStreamLosesNothing() throws Exception {
        StorySet stories = StorySet.generate("es-outage", 300, 8_004);
        pipeline.run("elasticsearch down " + OUTAGE.toSeconds() + " s", "es-outage", stories, 40, 0, agency -> {
            awaitAccepted(agency, stories.submissions().size() / 3);
            long stoppedAt = System.nanoTime();
            pipeline.stopElasticsearch();
            await("publish-service reports DOWN").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                    .until(() -> pipeline.fleet().overallHealth(ServiceFleet.PUBLISH), Optional.of("DOWN")::equals);
            // the rest of the outage itself (not a synchronization: nothing is awaited)
            Thread.sleep(Math.max(0, OUTAGE.toMillis() - (System.nanoTime() - stoppedAt) / 1_000_000));
            pipeline.startElasticsearch();
        });
    }
}
