package org.newsroom.enrich.override;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.enrich.EnrichApplication;
import org.newsroom.events.Article;
import org.newsroom.events.ArticleCodec;
import org.newsroom.events.ArticleHeaders;
import org.newsroom.events.Enrichment;
import org.newsroom.events.LanguageDecision;
import org.newsroom.events.SectionDecision;
import org.newsroom.events.SectionOverride;
import org.newsroom.events.Topics;
import org.newsroom.infra.LocalKafka;
import org.newsroom.infra.junit.LocalInfraExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two enrich instances on a real broker: an editor's decision on a published version reaches both instances' tables,
 * exactly one instance re-emits that version (revision 1, {@code decided_by: editor}), a later version keeps the
 * decision, and a duplicate of the decided version is not enriched again.
 */
@ExtendWith(LocalInfraExtension.class)
class SectionOverrideIT {

    private static final Duration WITHIN = Duration.ofSeconds(90);
    private static final String URI = "urn:it:budget";

    private static Article story(long version) {
        return Article.builder().uri(URI).version(version).versioncreated(Instant.parse("2026-12-01T08:00:00Z"))
                .language("en").headline("Council passes the budget").bodyHtml("<p>The council passed it.</p>")
                .source("test").format("ninjs").build();
    }

    @Test
    void everyInstanceHoldsTheDecisionAndExactlyOneReEmitsThePublishedVersion(LocalKafka kafka) throws Exception {
        String bootstrap = kafka.bootstrapServers();
        createTopics(bootstrap);
        Article published = story(1).withEnrichment(new Enrichment("The council passed it.",
                new LanguageDecision("en", 1, "wire"), new SectionDecision("politics", 0.39, "classifier",
                "classifier: politics 0.39, business 0.30", true), List.of(), List.of(), List.of(), Instant.now()));
        RecordMetadata position;
        try (var producer = producer(bootstrap)) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.ARTICLES_ENRICHED, URI,
                    ArticleCodec.encode(published));
            record.headers().add(ArticleHeaders.RECEIVED_AT, ArticleHeaders.encodeMillis(12345));
            position = producer.send(record).get();
        }

        try (ConfigurableApplicationContext one = start(bootstrap); ConfigurableApplicationContext two = start(bootstrap);
                var producer = producer(bootstrap)) {
            SectionOverride override = new SectionOverride(URI, 1, 0, "business", "ana", Instant.now(), "politics",
                    position.partition(), position.offset());
            producer.send(new ProducerRecord<>(Topics.ARTICLES_SECTION_OVERRIDES, URI, override.encode())).get();

            for (ConfigurableApplicationContext instance : List.of(one, two)) {
                await().atMost(WITHIN).pollInterval(Duration.ofMillis(100)).until(() ->
                        instance.getBean(SectionOverrideTable.class).find(URI).isPresent());
                HealthIndicator health = instance.getBean("sectionOverridesHealthIndicator", HealthIndicator.class);
                await().atMost(WITHIN).pollInterval(Duration.ofMillis(100)).until(() ->
                        Long.valueOf(1).equals(health.health().getDetails().get("records")));
                assertThat(health.health().getStatus()).isEqualTo(Status.UP);
                assertThat(health.health().getDetails()).containsEntry("phase", "following")
                        .containsEntry("overrides", 1).containsKey("load_ms");
            }
            awaitCommitted(bootstrap, SectionOverrideListener.GROUP, Topics.ARTICLES_SECTION_OVERRIDES);
            List<ConsumerRecord<String, byte[]>> records = enriched(bootstrap, 2);
            assertThat(records).as("the published version and exactly one re-emit").hasSize(2);
            Article reemitted = ArticleCodec.decode(records.get(1).value());
            assertThat(reemitted.version()).isEqualTo(1);
            assertThat(reemitted.enrichment().revision()).isEqualTo(1);
            assertThat(reemitted.enrichment().section().name()).isEqualTo("business");
            assertThat(reemitted.enrichment().section().decidedBy()).isEqualTo("editor");
            assertThat(reemitted.enrichment().section().needsReview()).isFalse();
            assertThat(reemitted.enrichment().bodyText()).isEqualTo("The council passed it.");
            assertThat(records.get(1).headers().lastHeader(ArticleHeaders.SECTION_OVERRIDE)).isNotNull();
            assertThat(ArticleHeaders.decodeMillis(records.get(1).headers().lastHeader(ArticleHeaders.RECEIVED_AT)
                    .value())).as("the original's received-at").isEqualTo(12345);

            producer.send(new ProducerRecord<>(Topics.ARTICLES_INGESTED, URI, ArticleCodec.encode(story(1)))).get();
            producer.send(new ProducerRecord<>(Topics.ARTICLES_INGESTED, URI, ArticleCodec.encode(story(2)))).get();
            awaitCommitted(bootstrap, "enrich-service", Topics.ARTICLES_INGESTED);
            List<ConsumerRecord<String, byte[]>> after = enriched(bootstrap, 3);
            assertThat(after).as("the duplicate of version 1 is not enriched again").hasSize(3);
            Article later = ArticleCodec.decode(after.get(2).value());
            assertThat(later.version()).isEqualTo(2);
            assertThat(later.enrichment().revision()).isZero();
            assertThat(later.enrichment().section().name()).isEqualTo("business");
            assertThat(later.enrichment().section().decidedBy()).isEqualTo("editor");
        }
    }

    private static ConfigurableApplicationContext start(String bootstrap) {
        return new SpringApplicationBuilder(EnrichApplication.class).run("--spring.kafka.bootstrap-servers="
                + bootstrap, "--server.port=0", "--newsroom.enrich.kafka.partitions=3");
    }

    private static void createTopics(String bootstrap) throws Exception {
        try (Admin admin = admin(bootstrap)) {
            Map<String, String> compact = Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
            admin.createTopics(List.of(new NewTopic(Topics.ARTICLES_ENRICHED, 3, (short) 1).configs(compact),
                    new NewTopic(Topics.ARTICLES_SECTION_OVERRIDES, 3, (short) 1).configs(compact),
                    new NewTopic(Topics.ARTICLES_INGESTED, 3, (short) 1))).all().get();
        }
    }

    private static Admin admin(String bootstrap) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return Admin.create(properties);
    }

    /** Waits until {@code group} committed the end offset (read_committed) of every partition of {@code topic}. */
    private static void awaitCommitted(String bootstrap, String group, String topic) throws Exception {
        try (Admin admin = admin(bootstrap); var consumer = consumer(bootstrap)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            await().atMost(WITHIN).pollInterval(Duration.ofMillis(200)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                return end.entrySet().stream().allMatch(e -> e.getValue() == 0 || (committed.get(e.getKey()) != null
                        && committed.get(e.getKey()).offset() >= e.getValue()));
            });
        }
    }

    /** Every committed record of {@link #URI} on articles.enriched, in order, once at least {@code atLeast} are. */
    private static List<ConsumerRecord<String, byte[]>> enriched(String bootstrap, int atLeast) {
        try (var consumer = consumer(bootstrap)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ARTICLES_ENRICHED).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
            await().atMost(WITHIN).until(() -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (URI.equals(record.key())) {
                        found.add(record);
                    }
                }
                return found.size() >= atLeast
                        && partitions.stream().allMatch(tp -> consumer.position(tp) >= end.get(tp));
            });
            return found;
        }
    }

    private static KafkaConsumer<String, byte[]> consumer(String bootstrap) {
        return new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(),
                new ByteArrayDeserializer());
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }
}
