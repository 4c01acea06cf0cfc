package org.newsroom.infra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsroomCliTest {

    @TempDir
    Path root;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @Test
    void anUnknownCommandIsAUsageError() throws IOException {
        assertThat(cli().run(List.of("start"))).isEqualTo(2);
        assertThat(cli().run(List.of())).isEqualTo(2);
        assertThat(cli().run(List.of("feed"))).isEqualTo(2);
    }

    @Test
    void statusListsEveryComponentAsDownWhenNothingRuns() throws IOException {
        int status = cli().run(List.of("status"));

        assertThat(status).isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8).lines())
                .hasSize(6)
                .anyMatch(line -> line.matches("kafka\\s+-\\s+9092\\s+down"))
                .anyMatch(line -> line.matches("elasticsearch\\s+-\\s+9200\\s+down"))
                .anyMatch(line -> line.matches("publish-service\\s+-\\s+8083\\s+down"));
    }

    @Test
    void downWithNothingRunningStopsNothing() throws IOException {
        assertThat(cli().run(List.of("down"))).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("kafka            not running");
    }

    @Test
    void servicesGetTheLocalKafkaAndOnlyPublishGetsElasticsearch() {
        assertThat(NewsroomCli.SERVICES).allSatisfy(service -> assertThat(service.properties())
                .containsEntry("spring.kafka.bootstrap-servers", "127.0.0.1:9092"));
        assertThat(NewsroomCli.SERVICES).filteredOn(service -> service.properties()
                        .containsKey("newsroom.elasticsearch.uris"))
                .extracting(NewsroomCli.Service::name).containsExactly("publish-service");
    }

    private NewsroomCli cli() {
        return new NewsroomCli(root, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }
}
