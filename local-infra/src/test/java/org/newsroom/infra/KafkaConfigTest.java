package org.newsroom.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaConfigTest {

    @TempDir
    Path dir;

    @Test
    void rendersSingleNodeCombinedModeOnLoopback() {
        String rendered = new KafkaConfig(9092, 9093, Path.of("/data/kafka")).render();

        assertThat(rendered).contains(
                "process.roles=broker,controller",
                "controller.quorum.voters=1@127.0.0.1:9093",
                "listeners=PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093",
                "advertised.listeners=PLAINTEXT://127.0.0.1:9092",
                "log.dirs=/data/kafka");
    }

    @Test
    void rendersWhatThePipelineNeeds() {
        String rendered = new KafkaConfig(9092, 9093, Path.of("/data/kafka")).render();

        assertThat(rendered).contains(
                "num.partitions=6",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "message.max.bytes=16777216",
                "auto.create.topics.enable=false");
    }

    @Test
    void readsBackThePortsItRendered() throws IOException {
        Path file = dir.resolve("server.properties");
        Files.writeString(file, new KafkaConfig(40001, 40002, dir.resolve("data")).render());

        assertThat(KafkaConfig.read(file)).contains(new KafkaConfig(40001, 40002, dir.resolve("data")));
    }

    @Test
    void aMissingFileHasNoConfiguration() throws IOException {
        assertThat(KafkaConfig.read(dir.resolve("server.properties"))).isEmpty();
    }

    @Test
    void aFileWithoutListenersHasNoConfiguration() throws IOException {
        Path file = dir.resolve("server.properties");
        Files.writeString(file, "log.dirs=/x\n");

        assertThat(KafkaConfig.read(file)).isEmpty();
    }
}
