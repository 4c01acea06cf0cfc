package org.newsroom.infra.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.infra.LocalElasticsearch;
import org.newsroom.infra.LocalKafka;

/** The real broker and node that {@link LocalInfraExtension} starts: they work, are reused, and stop. */
@ExtendWith(LocalInfraExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalInfraIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    @Order(1)
    void brokerAcknowledgesAndDeliversARecord(LocalKafka kafka) throws Exception {
        String topic = "it-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        RecordMetadata sent;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new StringSerializer())) {
            sent = producer.send(new ProducerRecord<>(topic, "urn:newsroom:1", "headline")).get();
        }

        Properties consumerConfig = new Properties();
        consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, "it");
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        ConsumerRecord<String, String> received = null;
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (received == null && System.nanoTime() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    received = records.iterator().next();
                }
            }
        }

        assertThat(sent.offset()).isZero();
        assertThat(received).isNotNull();
        assertThat(received.key()).isEqualTo("urn:newsroom:1");
        assertThat(received.value()).isEqualTo("headline");
    }

    @Test
    @Order(2)
    void nodeIndexesAndFindsADocument(LocalElasticsearch elasticsearch) throws Exception {
        URI base = elasticsearch.httpUri();
        HttpResponse<String> indexed = send(HttpRequest.newBuilder(base.resolve("/it-articles/_doc/1?refresh=true"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"headline\":\"Parliament passes the budget\"}")));
        HttpResponse<String> found = send(HttpRequest.newBuilder(
                base.resolve("/it-articles/_search?q=headline:budget")).GET());

        assertThat(indexed.statusCode()).isEqualTo(201);
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("\"total\":{\"value\":1").contains("Parliament passes the budget");
    }

    @Test
    @Order(3)
    void nodeRunsAsAnUnprivilegedUser(LocalElasticsearch elasticsearch) {
        String expected = new UnixSystem().getUid() == 0 ? "newsroom-es" : System.getProperty("user.name");

        assertThat(ProcessHandle.of(elasticsearch.pid()).flatMap(process -> process.info().user())).contains(expected);
    }

    @Test
    @Order(4)
    void startingAgainInTheSameDirectoryReusesTheRunningProcesses(LocalInfra infra) throws IOException {
        java.nio.file.Path workDir = java.nio.file.Path.of("target/local-infra").toAbsolutePath();

        LocalKafka kafka = LocalKafka.start(workDir.resolve("kafka"), 0);
        LocalElasticsearch elasticsearch = LocalElasticsearch.builder().workDir(workDir.resolve("elasticsearch")).start();

        assertThat(kafka.pid()).isEqualTo(infra.kafka().pid());
        assertThat(elasticsearch.pid()).isEqualTo(infra.elasticsearch().pid());
        assertThat(LocalInfraExtension.localInfra()).isSameAs(infra);
    }

    @Test
    @Order(5)
    void stopEndsBothProcesses(LocalInfra infra) {
        long kafka = infra.kafka().pid();
        long elasticsearch = infra.elasticsearch().pid();

        infra.kafka().stop();
        infra.elasticsearch().stop();

        assertThat(ProcessHandle.of(kafka).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(ProcessHandle.of(elasticsearch).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(infra.kafka().answers()).isFalse();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    }
}
