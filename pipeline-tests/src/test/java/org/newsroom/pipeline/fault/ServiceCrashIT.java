package org.newsroom.pipeline.fault;

import static org.newsroom.pipeline.fault.FaultPipeline.awaitAccepted;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.infra.junit.LocalInfraExtension;

/**
 * {@code kill -9} of a service while stories flow, then a restart: what the killed instance had consumed but not
 * committed is processed again (enrich: its open transaction is aborted; publish: its uncommitted batch is written
 * again, harmlessly, by version), and the index ends exactly as expected.
 */
@ExtendWith({LocalInfraExtension.class, FaultPipelineExtension.class})
class ServiceCrashIT {

    private static final int URIS = 300;
    private static final int PER_SECOND = 40;

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
    void enrichServiceKilledMidStreamLosesNothing() throws Exception {
        StorySet stories = StorySet.generate("crash-enrich", URIS, 8_001);
        pipeline.run("kill -9 enrich-service", "crash-enrich", stories, PER_SECOND, 0, agency -> {
            awaitAccepted(agency, stories.submissions().size() / 3);
            pipeline.fleet().kill(ServiceFleet.ENRICH);
            pipeline.fleet().restart(ServiceFleet.ENRICH);
        });
    }

    @Test
    void publishServiceKilledMidStreamLosesNothing() throws Exception {
        StorySet stories = StorySet.generate("crash-publish", URIS, 8_002);
        pipeline.run("kill -9 publish-service", "crash-publish", stories, PER_SECOND, 0, agency -> {
            awaitAccepted(agency, stories.submissions().size() / 3);
            pipeline.fleet().kill(ServiceFleet.PUBLISH);
            pipeline.fleet().restart(ServiceFleet.PUBLISH);
        });
    }
}
