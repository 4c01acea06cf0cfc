package org.newsroom.publish.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.events.Article;
import org.newsroom.events.ArticleCodec;
import org.newsroom.events.ArticleHeaders;
import org.newsroom.events.Concept;
import org.newsroom.events.Enrichment;
import org.newsroom.events.LanguageDecision;
import org.newsroom.events.SectionDecision;
import org.newsroom.events.Topics;
import org.newsroom.infra.junit.LocalInfra;
import org.newsroom.infra.junit.LocalInfraExtension;
import org.newsroom.publish.PublishApplication;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.support.KafkaHeaders;
import tools.jackson.databind.JsonNode;

/**
 * The editors' console on a running publish-service, real Kafka and Elasticsearch: who may see it, stories flowing
 * into its throughput, backlog and trace views, a dead letter listed and replayed to success, and the page in
 * headless Chromium (skipped when the system has no chromium and chromedriver).
 */
@ExtendWith(LocalInfraExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleIT {

    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final String EDITOR = basic("editor", "editor-secret");
    private static final String VIEWER = basic("viewer", "viewer-secret");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static ConfigurableApplicationContext app;
    private static KafkaProducer<String, byte[]> producer;
    private static String base;
    private static final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final HttpClient anonymous = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start(LocalInfra infra) throws Exception {
        String kafka = infra.kafka().bootstrapServers();
        Properties adminConfig = new Properties();
        adminConfig.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        try (Admin admin = Admin.create(adminConfig)) {
            // the node is shared by every IT of this JVM: another may have created the topics already
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = Stream.of(new NewTopic(Topics.ARTICLES_INGESTED, 3, (short) 1),
                            new NewTopic(Topics.ARTICLES_ENRICHED, 3, (short) 1)
                                    .configs(Map.of("cleanup.policy", "compact")))
                    .filter(topic -> !existing.contains(topic.name()))
                    .toList();
            admin.createTopics(missing).all().get();
        }
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
        app = new SpringApplicationBuilder(PublishApplication.class).run(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + kafka,
                "--newsroom.elasticsearch.uris=" + infra.elasticsearch().httpUri(),
                "--newsroom.publish.console.backlog-sample-interval=1s",
                "--newsroom.publish.console.backlog-window=3",
                "--newsroom.publish.console.users[0].name=editor",
                "--newsroom.publish.console.users[0].password={noop}editor-secret",
                "--newsroom.publish.console.users[0].roles=EDITOR",
                "--newsroom.publish.console.users[1].name=viewer",
                "--newsroom.publish.console.users[1].password={noop}viewer-secret",
                "--newsroom.publish.console.users[1].roles=VIEWER",
                "--logging.structured.format.console=");
        base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (producer != null) {
            producer.close();
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        return get(path, authorization, "application/json");
    }

    private static HttpResponse<String> get(String path, String authorization, String accept)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", accept);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return (authorization == null ? anonymous : http).send(request.GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String authorization, boolean withCsrf)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (withCsrf) {
            JsonNode csrf = json(get("/console/api/csrf", authorization));
            request.header(csrf.get("headerName").asString(), csrf.get("token").asString());
        }
        return (authorization == null ? anonymous : http).send(request.POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ArticleCodec.mapper().readTree(response.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Article article(String uri, String agency, String headline) {
        return Article.builder().uri(uri).version(1).versioncreated(Instant.parse("2026-12-01T08:00:00Z"))
                .language("en").headline(headline).bodyHtml("<p>" + headline + ".</p>").source(agency)
                .format("ninjs").subject(List.of(new Concept("medtop", "11000000", "politics"))).build();
    }

    private static byte[] enriched(Article article, String section) {
        return enriched(article, section, false);
    }

    private static byte[] enriched(Article article, String section, boolean needsReview) {
        return ArticleCodec.encode(article.withEnrichment(new Enrichment(article.headline() + ".",
                new LanguageDecision("en", 1.0, "wire"),
                needsReview ? new SectionDecision(section, 0.41, "classifier", "politics 0.41, business 0.38", true)
                        : new SectionDecision(section, 0.95, "agency-subject", "medtop:11000000", false),
                List.of("council"), List.of(), List.of("Read more at example.org"), Instant.now())));
    }

    private static ProducerRecord<String, byte[]> record(String topic, String key, byte[] value, String agency,
            long receivedAt, String... stages) {
        var record = new ProducerRecord<>(topic, key, value);
        record.headers().add(ArticleHeaders.RECEIVED_AT, ArticleHeaders.encodeMillis(receivedAt))
                .add(ArticleHeaders.AGENCY, agency.getBytes(StandardCharsets.UTF_8));
        for (String stage : stages) {
            record.headers().add(ArticleHeaders.stageAt(stage), ArticleHeaders.encodeMillis(receivedAt + 5));
        }
        return record;
    }

    /** What ingest and enrich would write for one story. */
    private static void flow(String uri, String agency, String section) throws Exception {
        flow(uri, agency, section, false);
    }

    private static void flow(String uri, String agency, String section, boolean needsReview) throws Exception {
        Article article = article(uri, agency, "Story " + uri.substring(uri.lastIndexOf(':') + 1));
        long receivedAt = System.currentTimeMillis();
        producer.send(record(Topics.ARTICLES_INGESTED, uri, ArticleCodec.encode(article), agency, receivedAt,
                "ingest")).get();
        producer.send(record(Topics.ARTICLES_ENRICHED, uri, enriched(article, section, needsReview), agency,
                receivedAt, "ingest", "enrich")).get();
    }

    private static void awaitPublished(String uri) {
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(get("/api/v1/articles/" + encode(uri), null).statusCode()).isEqualTo(200));
    }

    @Test
    @Order(1)
    void consoleAnswers401WithoutCredentials403WithoutTheEditorRoleAndTheSiteStaysPublic() throws Exception {
        assertThat(get("/console/api/overview", null).statusCode()).isEqualTo(401);
        assertThat(get("/console", null).statusCode()).isEqualTo(401);
        assertThat(get("/console/api/overview", VIEWER).statusCode()).isEqualTo(403);
        assertThat(get("/console/api/overview", basic("editor", "wrong")).statusCode()).isEqualTo(401);
        assertThat(post("/console/api/dead-letters/articles.enriched.DLT/replay-all", null, false).statusCode())
                .isIn(401, 403);
        assertThat(get("/console/api/csrf", VIEWER).statusCode()).as("no token for a non-editor").isEqualTo(403);
        assertThat(post("/console/api/dead-letters/articles.enriched.DLT/replay-all", VIEWER, false).statusCode())
                .isEqualTo(403);
        assertThat(post("/console/api/review/decisions", null, false).statusCode()).isIn(401, 403);
        assertThat(post("/console/api/review/decisions", VIEWER, false).statusCode())
                .as("an editor's decision needs the editor role").isEqualTo(403);
        assertThat(get("/console/api/review/overrides", null).statusCode()).isEqualTo(401);
        assertThat(get("/console/api/review/overrides", VIEWER).statusCode()).isEqualTo(403);

        assertThat(get("/console/api/overview", EDITOR).statusCode()).isEqualTo(200);
        assertThat(get("/console", EDITOR).body()).contains("editors' console");
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/search?q=x", null).statusCode()).isEqualTo(200);
        assertThat(post("/api/v1/search", null, false).statusCode()).as("CSRF checks only the console's session")
                .isEqualTo(405);
    }

    @Test
    @Order(2)
    void storiesShowInThroughputBacklogMetricsAndTheirTrace() throws Exception {
        flow("urn:newsroom:afp:console-1", "afp", "politics");
        flow("urn:newsroom:afp:console-2", "afp", "sports");
        flow("urn:newsroom:demo:console-3", "demo", "politics", true);
        awaitPublished("urn:newsroom:demo:console-3");
        awaitPublished("urn:newsroom:afp:console-1");

        await().atMost(WITHIN).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode overview = json(get("/console/api/overview", EDITOR));
            assertThat(overview.at("/stages/ingest/last15m").asLong()).isGreaterThanOrEqualTo(3);
            assertThat(overview.at("/stages/enrich/last15m").asLong()).isGreaterThanOrEqualTo(3);
            assertThat(overview.at("/stages/publish/last15m").asLong()).isGreaterThanOrEqualTo(3);
            assertThat(overview.at("/sections/politics/last24h").asLong()).isGreaterThanOrEqualTo(2);
            assertThat(overview.get("agencies").findValuesAsString("agency")).contains("afp", "demo");
            assertThat(overview.get("backlog").findValuesAsString("group")).contains("publish-service");
            assertThat(overview.at("/latencyMs/p95").isNumber()).isTrue();
        });
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode review = json(get("/console/api/review", EDITOR));
            assertThat(review.findValuesAsString("uri")).containsExactly("urn:newsroom:demo:console-3");
            assertThat(review.at("/0/decision/decided_by").asString()).isEqualTo("classifier");
        });
        String chart = get("/console/api/charts/stages.svg?window=15m", EDITOR).body();
        assertThat(chart).startsWith("<svg").contains("<polyline").contains("publish");

        JsonNode trace = json(get("/console/api/stories?uri=" + encode("urn:newsroom:afp:console-1"), EDITOR));
        assertThat(trace.get("whereNow").asString()).startsWith("indexed: version 1");
        assertThat(trace.get("records").findValuesAsString("stage")).contains("ingest", "enrich");
        assertThat(trace.at("/records/1/decisions/section/name").asString()).isEqualTo("politics");
        assertThat(trace.at("/records/1/times").has("newsroom-enrich-at")).isTrue();
        assertThat(trace.at("/document/version").asLong()).isEqualTo(1);

        String metrics = get("/actuator/prometheus", null, "text/plain").body();
        assertThat(metrics).contains("newsroom_records_out_total{agency=\"afp\"")
                .containsPattern("newsroom_latency_seconds_bucket\\{[^}]*stage=\"publish\"")
                .contains("newsroom_consumer_lag{group=\"publish-service\"");
    }

    @Test
    @Order(3)
    void deadLetterIsListedWithItsReasonViewableAndReplayedToSuccess() throws Exception {
        producer.send(record(Topics.ARTICLES_ENRICHED, "urn:newsroom:demo:broken", "{not json"
                .getBytes(StandardCharsets.UTF_8), "demo", System.currentTimeMillis())).get();
        String uri = "urn:newsroom:demo:console-replayed";
        var waiting = record(Topics.deadLetter(Topics.ARTICLES_ENRICHED), uri,
                enriched(article(uri, "demo", "Replayed story"), "business"), "demo", System.currentTimeMillis(),
                "ingest", "enrich");
        waiting.headers().add(ArticleHeaders.DLT_REASON, "Elasticsearch unavailable".getBytes(StandardCharsets.UTF_8))
                .add(ArticleHeaders.DLT_STAGE, "publish".getBytes(StandardCharsets.UTF_8))
                .add(KafkaHeaders.DLT_ORIGINAL_TOPIC, Topics.ARTICLES_ENRICHED.getBytes(StandardCharsets.UTF_8));
        producer.send(waiting).get();

        String list = "/console/api/dead-letters/" + Topics.deadLetter(Topics.ARTICLES_ENRICHED);
        JsonNode[] letters = new JsonNode[1];
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            letters[0] = json(get(list, EDITOR));
            assertThat(letters[0].findValuesAsString("uri")).contains("urn:newsroom:demo:broken", uri);
        });
        JsonNode broken = find(letters[0], "urn:newsroom:demo:broken");
        assertThat(broken.get("stage").asString()).isEqualTo("publish");
        assertThat(broken.get("reason").asString()).contains("Unexpected character");
        JsonNode replayable = find(letters[0], uri);
        assertThat(replayable.get("replayed").asBoolean()).isFalse();

        String position = replayable.get("topic").asString() + "/" + replayable.get("partition").asInt() + "/"
                + replayable.get("offset").asLong();
        JsonNode full = json(get("/console/api/dead-letters/" + position, EDITOR));
        assertThat(full.get("payload").asString()).contains("Replayed story");
        assertThat(full.at("/headers/newsroom-dlt-reason").asString()).isEqualTo("Elasticsearch unavailable");

        assertThat(post("/console/api/dead-letters/" + position + "/replay", EDITOR, false).statusCode())
                .as("a replay without the CSRF token").isEqualTo(403);
        JsonNode entry = json(post("/console/api/dead-letters/" + position + "/replay", EDITOR, true));
        assertThat(entry.get("editor").asString()).isEqualTo("editor");
        assertThat(entry.get("target").asString()).startsWith(Topics.ARTICLES_ENRICHED + "/");

        awaitPublished(uri);
        JsonNode audit = json(get("/console/api/audit", EDITOR));
        assertThat(audit.findValuesAsString("source")).contains(position);
        assertThat(find(json(get(list, EDITOR)), uri).get("replayed").asBoolean()).isTrue();
        JsonNode trace = json(get("/console/api/stories?uri=" + encode(uri), EDITOR));
        assertThat(trace.get("records").findValuesAsString("stage")).contains("dead-letter", "enrich");
        assertThat(trace.get("whereNow").asString()).startsWith("indexed");
    }

    private static JsonNode find(JsonNode letters, String uri) {
        for (JsonNode letter : letters) {
            if (uri.equals(letter.path("uri").asString(null))) {
                return letter;
            }
        }
        throw new AssertionError("no dead letter for " + uri + " in " + letters);
    }

    @Test
    @Order(4)
    void consoleLoadsInHeadlessChromium() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "skipped: no " + CHROMIUM + " and " + CHROMEDRIVER + " (Debian packages chromium, chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,2600");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        WebDriver driver = new ChromeDriver(service, options);
        try {
            driver.get(base + "/console");
            driver.findElement(By.id("username")).sendKeys("editor");
            driver.findElement(By.id("password")).sendKeys("editor-secret");
            driver.findElement(By.cssSelector("button[type=submit]")).click();
            WebDriverWait wait = new WebDriverWait(driver, WITHIN);
            wait.until(d -> !d.findElements(By.cssSelector("#groups tbody tr")).isEmpty()
                    && !d.findElements(By.cssSelector("#dlt-records tbody tr")).isEmpty());
            driver.findElement(By.id("story-uri")).sendKeys("urn:newsroom:afp:console-1");
            driver.findElement(By.cssSelector("#story-form button")).click();
            wait.until(d -> d.findElement(By.id("story-where")).getText().contains("indexed"));
            wait.until(d -> !d.findElements(By.cssSelector("#review-table tbody tr")).isEmpty());
            WebElement queued = driver.findElement(By.cssSelector("#review-table tbody tr"));
            new Select(queued.findElement(By.tagName("select"))).selectByValue("technology");
            queued.findElement(By.cssSelector("button.change")).click();
            wait.until(d -> d.findElement(By.cssSelector("#override-table tbody")).getText()
                    .contains("urn:newsroom:demo:console-3"));
            assertThat(driver.findElement(By.cssSelector("#override-table tbody")).getText())
                    .contains("editor", "technology");
            wait.until(d -> d.findElement(By.cssSelector("#audit-table tbody")).getText()
                    .contains("section-override"));
            JsonNode override = json(get("/console/api/review/overrides", EDITOR)).get(0);
            assertThat(override.get("uri").asString()).isEqualTo("urn:newsroom:demo:console-3");
            assertThat(override.get("section").asString()).isEqualTo("technology");
            assertThat(override.get("previous").asString()).isEqualTo("politics");
            assertThat(override.get("version").asLong()).isEqualTo(1);
            assertThat(override.has("enriched_offset")).as("the hint for enrich").isTrue();
            wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                    "return Array.from(document.images).every(i => i.complete && i.naturalWidth > 0)"));
            assertThat(driver.findElement(By.cssSelector("#stage-totals tbody")).getText()).contains("publish");
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = Path.of("target", "console-screenshots", "console.png");
            Files.createDirectories(target.getParent());
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            assertThat(Files.size(target)).isGreaterThan(10_000);
        } finally {
            driver.quit();
        }
    }
}
