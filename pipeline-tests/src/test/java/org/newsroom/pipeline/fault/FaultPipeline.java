package org.newsroom.pipeline.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;
import org.newsroom.events.Topics;
import org.newsroom.infra.LocalElasticsearch;
import org.newsroom.infra.LocalKafka;
import org.newsroom.infra.junit.LocalInfra;

/**
 * The pipeline the fault tests share: the services as processes ({@link ServiceFleet}) on the test run's broker and
 * node, which a test may stop and start again on the same ports, and the one way a test runs: push a story set while
 * a fault happens, then compare the index with the expected set exactly.
 */
final class FaultPipeline implements AutoCloseable {

    /** How long the index may take to show every story once the fault is over. */
    static final Duration SETTLE_WITHIN = Duration.ofMinutes(3);

    private final ServiceFleet fleet;
    private final KafkaProbe kafkaProbe;
    private final URI elasticsearchUri;
    private final Path infraDir;
    private volatile LocalKafka kafka;
    private volatile LocalElasticsearch elasticsearch;

    /** Something a test does while its stories flow, given the agency so it can wait for progress. */
    @FunctionalInterface
    interface Fault {
        void inject(AgencyClient agency) throws Exception;
    }

    private FaultPipeline(LocalInfra infra, ServiceFleet fleet) {
        this.fleet = fleet;
        this.kafka = infra.kafka();
        this.elasticsearch = infra.elasticsearch();
        this.kafkaProbe = new KafkaProbe(infra.kafka().bootstrapServers());
        this.elasticsearchUri = infra.elasticsearch().httpUri();
        // where LocalInfraExtension keeps the broker and the node, to start them again in place
        this.infraDir = Path.of(System.getProperty("newsroom.infra.work-dir", "target/local-infra")).toAbsolutePath();
    }

    /** Starts the three services on {@code infra}. */
    static FaultPipeline start(LocalInfra infra) throws IOException {
        ServiceFleet fleet = new ServiceFleet(Path.of("target", "pipeline-faults"), infra.kafka().bootstrapServers(),
                infra.elasticsearch().httpUri().toString());
        fleet.startAll();
        return new FaultPipeline(infra, fleet);
    }

    ServiceFleet fleet() {
        return fleet;
    }

    KafkaProbe kafka() {
        return kafkaProbe;
    }

    URI elasticsearchUri() {
        return elasticsearchUri;
    }

    /** Makes sure every first instance, the broker and the node run, after a test that failed half-way. */
    void ensureHealthy() throws IOException {
        if (!kafka.answers()) {
            startKafka();
        }
        if (elasticsearch.health().isEmpty()) {
            startElasticsearch();
        }
        fleet.ensureAllRunning();
    }

    /** Stops the broker (a controlled shutdown, as in maintenance); its data stays. */
    void stopKafka() {
        kafka.stop();
    }

    /** Starts the broker again on its port, with its data. */
    void startKafka() throws IOException {
        int port = Integer.parseInt(kafka.bootstrapServers().substring(kafka.bootstrapServers().lastIndexOf(':') + 1));
        kafka = LocalKafka.start(infraDir.resolve("kafka"), port);
    }

    /** Stops the node; its data stays. */
    void stopElasticsearch() {
        elasticsearch.stop();
    }

    /** Starts the node again on its port, with its data (and the plugins the test run's node has). */
    void startElasticsearch() throws IOException {
        LocalElasticsearch.Builder builder = LocalElasticsearch.builder()
                .workDir(infraDir.resolve("elasticsearch"))
                .httpPort(elasticsearchUri.getPort());
        Arrays.stream(System.getProperty("newsroom.infra.elasticsearch.plugins", "").split(","))
                .map(String::strip).filter(zip -> !zip.isEmpty()).forEach(zip -> builder.plugin(Path.of(zip)));
        elasticsearch = builder.start();
    }

    /**
     * Pushes {@code stories} ({@code perSecond}, four connections) while {@code fault} runs, waits for the index to
     * settle and the pipeline to drain, then prints the accounting and asserts that the index holds exactly the
     * expected set.
     *
     * @param test          the test's name, for the accounting line
     * @param prefix        the URI prefix of the set
     * @param expectedDeadLetters how many of the test's records must be in the dead-letter topics
     */
    Accounting run(String test, String prefix, StorySet stories, int perSecond, int expectedDeadLetters, Fault fault)
            throws Exception {
        AgencyClient agency = new AgencyClient(fleet::ingestUrl);
        CompletableFuture<AgencyClient.Report> pushed = agency.push(stories.submissions(), 4, perSecond);
        fault.inject(agency);
        AgencyClient.Report report = pushed.get(6, TimeUnit.MINUTES);
        long pushedAt = System.nanoTime();
        assertThat(report.rejected()).as("stories the ingest API did not accept").isEmpty();

        String uriPrefix = StorySet.uriPrefix(prefix);
        try {
            await("index settled").atMost(SETTLE_WITHIN).pollInterval(Duration.ofSeconds(1))
                    .ignoreExceptionsInstanceOf(IOException.class)
                    .until(() -> IndexContents.read(elasticsearchUri, uriPrefix).live().equals(stories.expectedLive()));
        } catch (ConditionTimeoutException e) {
            // fall through: the accounting below says what differs
        }
        kafkaProbe.awaitDrained(SETTLE_WITHIN);
        double settledAfter = (System.nanoTime() - pushedAt) / 1e9;
        IndexContents contents = IndexContents.read(elasticsearchUri, uriPrefix);
        int deadLettered = kafkaProbe.deadLetters(Topics.ARTICLES_INGESTED, uriPrefix).size()
                + kafkaProbe.deadLetters(Topics.ARTICLES_ENRICHED, uriPrefix).size();
        Accounting accounting = Accounting.of(test, stories, report, contents, deadLettered,
                settledAfter);
        System.out.println(accounting.summary());
        assertThat(Accounting.differences(stories, contents)).as("live URIs that differ from the expected set")
                .isEmpty();
        assertThat(contents.duplicates()).as("duplicates").isZero();
        assertThat(contents.mislabelled()).as("documents whose uri is not their _id").isEmpty();
        assertThat(accounting.exact()).as(accounting.summary()).isTrue();
        assertThat(deadLettered).as("dead letters").isEqualTo(expectedDeadLetters);
        return accounting;
    }

    /** Waits until the agency has had {@code count} stories accepted: the moment "mid-stream" means in a test. */
    static void awaitAccepted(AgencyClient agency, int count) {
        await("accepted " + count).atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> agency.accepted() >= count);
    }

    @Override
    public void close() {
        fleet.close();
    }
}
