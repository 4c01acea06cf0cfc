package org.newsroom.pipeline.fault;

import static org.awaitility.Awaitility.await;
import static org.newsroom.pipeline.fault.FaultPipeline.awaitAccepted;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.infra.junit.LocalInfraExtension;

/**
 * A second instance of enrich-service and of publish-service joins while stories flow, and leaves again: two
 * rebalances of each consumer group mid-stream, with partitions moving between instances in both directions.
 */
@ExtendWith({LocalInfraExtension.class, FaultPipelineExtension.class})
class RebalanceIT {

    private static final String ENRICH_2 = ServiceFleet.ENRICH + "-2";
    private static final String PUBLISH_2 = ServiceFleet.PUBLISH + "-2";

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
    void instancesJoiningAndLeavingMidStreamLoseNothing() throws Exception {
        StorySet stories = StorySet.generate("rebalance", 300, 8_006);
        int total = stories.submissions().size();
        pipeline.run("second instances join, leave", "rebalance", stories, 40, 0, agency -> {
            awaitAccepted(agency, total / 6);
            // a trickle while the instances start (slowly, on a busy machine), so records are in flight as they join
            agency.rate(3);
            CompletableFuture.allOf(
                    CompletableFuture.runAsync(() -> pipeline.fleet().start(ServiceFleet.ENRICH, ENRICH_2)),
                    CompletableFuture.runAsync(() -> pipeline.fleet().start(ServiceFleet.PUBLISH, PUBLISH_2)))
                    .join();
            await("both groups have two members").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> pipeline.kafka().members("enrich-service") == 2
                            && pipeline.kafka().members("publish-service") == 2);
            System.out.printf("rebalance: second instances joined after %d of %d stories were accepted%n",
                    agency.accepted(), total);
            agency.rate(40);
            awaitAccepted(agency, agency.accepted() + (total - agency.accepted()) / 3);
            CompletableFuture.allOf(
                    CompletableFuture.runAsync(() -> pipeline.fleet().stop(ENRICH_2)),
                    CompletableFuture.runAsync(() -> pipeline.fleet().stop(PUBLISH_2)))
                    .join();
            System.out.printf("rebalance: second instances left after %d of %d stories were accepted%n",
                    agency.accepted(), total);
        });
    }
}
