package org.newsroom.pipeline.fault;

import static org.awaitility.Awaitility.await;
import static org.newsroom.pipeline.fault.FaultPipeline.awaitAccepted;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.infra.junit.LocalInfraExtension;

/**
 * The broker stopped while stories flow and started again: meanwhile ingest answers 503 with Retry-After and
 * accepts nothing it cannot store; the agency sends again after the pause it was given; enrich and publish resume.
 */
@ExtendWith({LocalInfraExtension.class, FaultPipelineExtension.class})
class KafkaOutageIT {

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
    void brokerRestartedMidStreamLosesNothingAndAgenciesAreToldToRetry() throws Exception {
        StorySet stories = StorySet.generate("kafka-outage", 300, 8_003);
        pipeline.run("kafka broker restarted", "kafka-outage", stories, 40, 0, agency -> {
            awaitAccepted(agency, stories.submissions().size() / 3);
            pipeline.stopKafka();
            await("ingest answers 503").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> agency.unavailable() > 0);
            pipeline.startKafka();
        });
    }
}
