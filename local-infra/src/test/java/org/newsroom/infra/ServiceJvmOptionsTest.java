package org.newsroom.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ServiceJvmOptionsTest {

    @Test
    void ingestAndPublishRunOnC1AloneAndEnrichKeepsC2() {
        assertThat(ServiceJvmOptions.of("ingest-service"))
                .containsExactly("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
        assertThat(ServiceJvmOptions.of("publish-service")).contains("-XX:TieredStopAtLevel=1");
        assertThat(ServiceJvmOptions.of("enrich-service")).containsExactly("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC");
    }

    @Test
    void mainPrintsAServicesOptionsOnOneLineForTheScript() {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            ServiceJvmOptions.main(new String[] {"publish-service"});
        } finally {
            System.setOut(out);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo(String.join(" ", ServiceJvmOptions.of("publish-service")));
    }
}
