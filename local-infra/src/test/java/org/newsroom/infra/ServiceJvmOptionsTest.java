package org.newsroom.infra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceJvmOptionsTest {

    @Test
    void ingestAndPublishRunOnC1AloneAndEnrichKeepsC2() {
        assertThat(ServiceJvmOptions.of("ingest-service"))
                .containsExactly("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
        assertThat(ServiceJvmOptions.of("publish-service")).contains("-XX:TieredStopAtLevel=1");
        assertThat(ServiceJvmOptions.of("enrich-service")).containsExactly("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC");
    }
}
