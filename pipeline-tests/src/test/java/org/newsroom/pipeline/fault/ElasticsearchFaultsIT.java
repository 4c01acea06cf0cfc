package org.newsroom.pipeline.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.infra.junit.LocalInfraExtension;

/**
 * publish-service writing through {@link FaultyElasticsearchProxy}: bulk requests answered 429, answered 504 after
 * they were applied, and answered 200 with some items rejected — the failures that make Kafka Connect's
 * Elasticsearch sink lose or drop documents. Every story still ends in the index exactly once, at its newest version.
 */
@ExtendWith({LocalInfraExtension.class, FaultPipelineExtension.class})
class ElasticsearchFaultsIT {

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
    void bulksAnswered429Or504OrPartlyFailedLoseNothing() throws Exception {
        StorySet stories = StorySet.generate("es-faults", 150, 8_007);
        try (FaultyElasticsearchProxy proxy = new FaultyElasticsearchProxy(pipeline.elasticsearchUri())) {
            pipeline.fleet().stop(ServiceFleet.PUBLISH);
            proxy.faulty(false); // start-up checks (health, template) pass; the faults are for the bulks
            pipeline.fleet().start(ServiceFleet.PUBLISH, ServiceFleet.PUBLISH,
                    Map.of("newsroom.elasticsearch.uris", proxy.uri().toString()));
            proxy.faulty(true);
            try {
                pipeline.run("elasticsearch 429/504/partial", "es-faults", stories, 40, 0, agency -> {
                });
            } finally {
                System.out.println("proxy injected: " + proxy.injected());
                pipeline.fleet().stop(ServiceFleet.PUBLISH);
                pipeline.fleet().start(ServiceFleet.PUBLISH, ServiceFleet.PUBLISH);
            }
            assertThat(proxy.fewestOfAKind()).as("each kind of fault injected at least once: " + proxy.injected())
                    .isPositive();
        }
    }
}
