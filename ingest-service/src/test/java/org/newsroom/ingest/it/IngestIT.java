package org.newsroom.ingest.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsroom.events.ArticleCodec;
import org.newsroom.events.Topics;
import org.newsroom.infra.LocalKafka;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The push API through the real stack: a real Kafka broker (local-infra, free port), the whole ingest application on a
 * random port, records read back from {@code articles.ingested}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"newsroom.ingest.rate-limit.enabled=false", "logging.level.org.apache.kafka=WARN"})
class IngestIT {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static LocalKafka kafka;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startKafka() throws Exception {
        Path dir = Path.of("target", "ingest-it", "kafka").toAbsolutePath();
        LocalKafka.reset(dir);
        kafka = LocalKafka.start(dir, 0);
    }

    @AfterAll
    static void stopKafka() {
        if (kafka != null) {
            kafka.stop();
        }
    }

    @DynamicPropertySource
    static void kafkaProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> kafka.bootstrapServers());
    }

    private HttpResponse<String> push(String contentType, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/articles"))
                .header("Authorization", "Bearer demo-secret")
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Reads {@code articles.ingested} from the start until every URI is seen or the deadline passes. */
    private static Map<String, ConsumerRecord<String, byte[]>> awaitRecords(List<String> uris) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Map<String, ConsumerRecord<String, byte[]>> seen = new HashMap<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            var partitions = consumer.partitionsFor(Topics.ARTICLES_INGESTED).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long end = System.nanoTime() + DEADLINE.toNanos();
            while (System.nanoTime() < end && !seen.keySet().containsAll(uris)) {
                consumer.poll(Duration.ofMillis(250)).forEach(record -> seen.put(record.key(), record));
            }
        }
        return seen;
    }

    @Test
    void aFeedWithABrokenItemInTheMiddleStillDeliversTheItemsAroundIt() throws Exception {
        String feed = """
                <?xml version="1.0" encoding="windows-1256"?>
                <rss version="2.0"><channel><title>Qsarpress</title><language>ar</language>
                <item><title>تدرس روسيا اقتراح الناتو</title><guid>it-feed-1</guid><pubDate>Sun, 02 Jan 2022 09:30:00 GMT</pubDate></item>
                <item><title>خبر مكسور</title><guid>it-feed-2</guid><pubDate>not a date</pubDate></item>
                <item><title>وتنفي روسيا هذه المزاعم</title><guid>it-feed-3</guid><pubDate>Sun, 02 Jan 2022 10:30:00 GMT</pubDate></item>
                </channel></rss>""";

        HttpResponse<String> answer = push("application/rss+xml", feed.getBytes(Charset.forName("windows-1256")));

        assertThat(answer.statusCode()).isEqualTo(202);
        JsonNode result = ArticleCodec.mapper().readTree(answer.body());
        assertThat(result.get("accepted")).hasSize(2);
        assertThat(result.get("rejected").get(0).get("id").asString()).isEqualTo("it-feed-2");
        var records = awaitRecords(List.of("urn:newsroom:demo:it-feed-1", "urn:newsroom:demo:it-feed-3"));
        assertThat(records).containsKeys("urn:newsroom:demo:it-feed-1", "urn:newsroom:demo:it-feed-3")
                .doesNotContainKey("urn:newsroom:demo:it-feed-2");
        assertThat(ArticleCodec.decode(records.get("urn:newsroom:demo:it-feed-1").value()).headline())
                .isEqualTo("تدرس روسيا اقتراح الناتو");
    }

    @Test
    void aTwoMegabyteWindows1256StoryFitsTheRecordLimitsAfterGrowingInUtf8() throws Exception {
        String paragraph = "<p>نقلت وكالة أنباء تاس عن وزارة الخارجية الروسية قولها يوم الأحد إن روسيا تلقت اقتراحا.</p>\n";
        String head = "<?xml version=\"1.0\" encoding=\"windows-1256\"?><nitf><head><docdata><doc-id id-string=\"it-big\"/>"
                + "</docdata></head><body><body.head><hedline><hl1>قصة كبيرة</hl1></hedline></body.head><body.content>";
        String tail = "</body.content></body></nitf>";
        int room = 2 * 1024 * 1024 - head.length() - tail.length();
        String story = head + paragraph.repeat(room / paragraph.length()) + tail;
        byte[] body = story.getBytes(Charset.forName("windows-1256"));
        assertThat(body.length).isBetween(2 * 1024 * 1024 - paragraph.length(), 2 * 1024 * 1024);

        HttpResponse<String> answer = push("application/nitf+xml", body);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        var record = awaitRecords(List.of("urn:newsroom:demo:it-big")).get("urn:newsroom:demo:it-big");
        assertThat(record).isNotNull();
        assertThat(record.value().length).isGreaterThan(3 * 1024 * 1024);
        assertThat(ArticleCodec.decode(record.value()).bodyHtml()).startsWith("<p>نقلت وكالة");
    }

    @Test
    void aBodyOverTwoMegabytesIs413() throws Exception {
        byte[] body = ("{\"uri\":\"urn:newsroom:demo:too-big\",\"headline\":\"h\",\"body_html\":\""
                + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> answer = push("application/json", body);

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    }

    @Test
    void theOpenApiDescriptionIsServed() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode spec = ArticleCodec.mapper().readTree(answer.body());
        JsonNode post = spec.path("paths").path("/api/v1/articles").path("post");
        assertThat(post.path("requestBody").path("content").has("application/vnd.iptc.g2.newsmessage+xml")).isTrue();
        assertThat(post.path("responses").has("429")).isTrue();
        assertThat(spec.path("components").path("schemas").has("BatchResult")).isTrue();
    }
}
