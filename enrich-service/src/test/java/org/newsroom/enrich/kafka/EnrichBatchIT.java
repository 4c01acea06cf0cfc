package org.newsroom.enrich.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.enrich.EnrichApplication;
import org.newsroom.events.Article;
import org.newsroom.events.ArticleCodec;
import org.newsroom.events.ArticleHeaders;
import org.newsroom.events.PubStatus;
import org.newsroom.events.Topics;
import org.newsroom.infra.LocalKafka;
import org.newsroom.infra.junit.LocalInfraExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * On a real broker, one partition: stories, a record that is not JSON in their midst, a newer version followed by a
 * late older one, a kill and a version after it, all on {@code articles.ingested} before enrich starts, so they reach
 * it in one poll. Every story comes out once on {@code articles.enriched} (read_committed), the late older version
 * and the version after the kill not at all, the kill as its event and a tombstone, the poison on
 * {@code articles.ingested.DLT} with its reason and stage, and the group's offset is past the last record: the poison
 * neither failed nor held back its neighbours. The poll's output sits at consecutive offsets, before one commit marker:
 * it was written in one transaction, not one per record.
 */
@ExtendWith(LocalInfraExtension.class)
class EnrichBatchIT {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final int STORIES = 20;
    private static final byte[] NOT_JSON = "<p>not json".getBytes(StandardCharsets.UTF_8);

    /** The module's other ITs create these topics with partitions of their own. */
    @AfterEach
    void leaveNoTopics(LocalKafka kafka) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                (Object) kafka.bootstrapServers()))) {
            deleteTopicsAndGroup(admin);
        }
    }

    @Test
    void aPollIsOneTransactionAndItsPoisonIsDeadLetteredAlone(LocalKafka kafka) throws Exception {
        String bootstrap = kafka.bootstrapServers();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, (Object) bootstrap))) {
            // the broker is shared with the module's other ITs: start from topics of one partition and no offsets
            deleteTopicsAndGroup(admin);
            admin.createTopics(List.of(
                    new NewTopic(Topics.ARTICLES_INGESTED, 1, (short) 1),
                    new NewTopic(Topics.ARTICLES_ENRICHED, 1, (short) 1)
                            .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
                    .all().get();
        }
        List<String> live = new ArrayList<>();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap, ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            for (int n = 0; n < STORIES; n++) {
                if (n == STORIES / 2) {
                    producer.send(new ProducerRecord<>(Topics.ARTICLES_INGESTED, "urn:it:poison", NOT_JSON));
                }
                Article story = story("urn:it:story-" + n, n);
                live.add(story.uri());
                producer.send(new ProducerRecord<>(Topics.ARTICLES_INGESTED, story.uri(), ArticleCodec.encode(story)));
            }
            // story-1 at version 3, then a late version 2: the late one must not become the topic's last record
            for (long version : new long[] {3, 2}) {
                Article update = story("urn:it:story-1", 1, version);
                producer.send(new ProducerRecord<>(Topics.ARTICLES_INGESTED, update.uri(), ArticleCodec.encode(update)));
            }
            Article kill = new Article("urn:it:story-0", 2, NOW, null, PubStatus.CANCELED, null, null, null, null,
                    null, null, null, null, null, "test", "ninjs", null, null);
            producer.send(new ProducerRecord<>(Topics.ARTICLES_INGESTED, kill.uri(), ArticleCodec.encode(kill)));
            // a newer version after the kill: not enriched, or it would outlive the kill on the compacted topic
            Article afterKill = story("urn:it:story-0", 0, 3);
            producer.send(new ProducerRecord<>(Topics.ARTICLES_INGESTED, afterKill.uri(),
                    ArticleCodec.encode(afterKill))).get();
        }
        long ingestedRecords = STORIES + 5;

        try (ConfigurableApplicationContext enrich = new SpringApplicationBuilder(EnrichApplication.class)
                .run("--spring.kafka.bootstrap-servers=" + bootstrap, "--server.port=0",
                        "--newsroom.enrich.kafka.partitions=1")) {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, (Object) bootstrap))) {
                TopicPartition ingested = new TopicPartition(Topics.ARTICLES_INGESTED, 0);
                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> {
                    OffsetAndMetadata committed = admin.listConsumerGroupOffsets("enrich-service")
                            .partitionsToOffsetAndMetadata().get().get(ingested);
                    return committed != null && committed.offset() == ingestedRecords;
                });
            }
        }

        List<ConsumerRecord<String, byte[]>> enriched = readCommitted(bootstrap, Topics.ARTICLES_ENRICHED,
                STORIES + 3);
        assertThat(enriched).filteredOn(record -> record.value() != null)
                .extracting(ConsumerRecord::key)
                .containsExactlyElementsOf(concat(concat(live, "urn:it:story-1"), "urn:it:story-0"));
        assertThat(enriched).filteredOn(record -> record.value() != null)
                .filteredOn(record -> record.key().equals("urn:it:story-1"))
                .extracting(record -> ArticleCodec.decode(record.value()).version())
                .containsExactly(1L, 3L);
        assertThat(enriched.get(enriched.size() - 1)).satisfies(tombstone -> {
            assertThat(tombstone.key()).isEqualTo("urn:it:story-0");
            assertThat(tombstone.value()).isNull();
        });
        assertThat(ArticleCodec.decode(enriched.get(0).value()).enrichment()).isNotNull();
        // one transaction: the poll's records at consecutive offsets (one per record would interleave commit markers)
        assertThat(enriched.get(enriched.size() - 1).offset() - enriched.get(0).offset())
                .isEqualTo(enriched.size() - 1);

        List<ConsumerRecord<String, byte[]>> dead = readCommitted(bootstrap,
                Topics.deadLetter(Topics.ARTICLES_INGESTED), 1);
        assertThat(dead).singleElement().satisfies(letter -> {
            assertThat(letter.key()).isEqualTo("urn:it:poison");
            assertThat(letter.value()).isEqualTo(NOT_JSON);
            assertThat(new String(letter.headers().lastHeader(ArticleHeaders.DLT_STAGE).value(),
                    StandardCharsets.UTF_8)).isEqualTo("enrich");
            assertThat(letter.headers().lastHeader(ArticleHeaders.DLT_REASON)).isNotNull();
        });
    }

    private static final List<String> TOPICS = List.of(Topics.ARTICLES_INGESTED, Topics.ARTICLES_ENRICHED,
            Topics.deadLetter(Topics.ARTICLES_INGESTED));

    private static void deleteTopicsAndGroup(Admin admin) throws Exception {
        try {
            admin.deleteConsumerGroups(List.of("enrich-service")).all().get();
        } catch (ExecutionException e) {
            // no such group: nothing to delete
        }
        Set<String> existing = admin.listTopics().names().get();
        List<String> present = TOPICS.stream().filter(existing::contains).toList();
        if (!present.isEmpty()) {
            admin.deleteTopics(present).all().get();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> admin.listTopics().names().get().stream().noneMatch(TOPICS::contains));
        }
    }

    private static Article story(String uri, int n) {
        return story(uri, n, 1);
    }

    private static Article story(String uri, int n, long version) {
        return Article.builder().uri(uri).version(version).versioncreated(NOW).language("en")
                .headline("Council approves budget number " + n)
                .bodyHtml("<p>The city council approved budget number " + n + " after a long debate on schools.</p>")
                .source("test").format("ninjs").build();
    }

    private static List<String> concat(List<String> list, String last) {
        List<String> all = new ArrayList<>(list);
        all.add(last);
        return all;
    }

    /** Reads {@code topic} from the start, read_committed, until {@code expected} records came (or 30 s passed). */
    private static List<ConsumerRecord<String, byte[]>> readCommitted(String bootstrap, String topic, int expected) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= expected;
            });
            // anything more (a duplicate) would arrive with the next poll
            consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            return records;
        }
    }
}
