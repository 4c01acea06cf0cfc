package org.newsroom.enrich.related;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsroom.enrich.related.LabelledCorpus.Labelled;
import org.newsroom.events.Article;
import org.newsroom.events.ArticleCodec;
import org.newsroom.events.Topics;
import org.newsroom.infra.LocalKafka;

/**
 * Benchmark command (not a test): how long a new enrich instance takes to rebuild its related index from
 * {@code articles.enriched}. Starts a local Kafka broker (local-infra, under {@code target/related-rebuild-bench}),
 * writes {@code related.bench.articles} (default 100,000) enriched articles to a 6-partition compacted topic, made of
 * sentences from the labelled corpora when {@code <shared>} has them (else of invented words), dated within the last
 * 30 days, then times a {@link RelatedIndexFollower}'s follower from start to {@link RelatedIndexRebuilt}: connect, read
 * every record, decode, analyze, index, refresh. Prints the figures; stops the broker.
 *
 * <p>Argument: the shared directory (default: system property {@code newsroom.shared.dir}, else {@code ../shared}).
 */
public final class RelatedRebuildBenchmark {

    private RelatedRebuildBenchmark() {
    }

    /** Runs the benchmark. */
    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : System.getProperty("newsroom.shared.dir", "../shared"));
        int count = Integer.getInteger("related.bench.articles", 100_000);
        List<Article> articles = articles(shared.resolve("corpus/classification"), count);
        Path workDir = Path.of("target/related-rebuild-bench");
        LocalKafka.reset(workDir);
        try (LocalKafka kafka = LocalKafka.start(workDir, 0)) {
            String bootstrap = kafka.bootstrapServers();
            Properties admin = new Properties();
            admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            try (Admin client = Admin.create(admin)) {
                client.createTopics(List.of(new NewTopic(Topics.ARTICLES_ENRICHED, 6, (short) 1).configs(Map.of(
                        TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)))).all().get();
            }
            long bytes = 0;
            long start = System.nanoTime();
            try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                    ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024), new StringSerializer(), new ByteArraySerializer())) {
                for (Article article : articles) {
                    byte[] value = ArticleCodec.encode(article);
                    bytes += value.length;
                    producer.send(new ProducerRecord<>(Topics.ARTICLES_ENRICHED, article.uri(), value));
                }
                producer.flush();
            }
            System.out.printf(Locale.ROOT, "wrote %d articles (%.1f MB of JSON) to %s in %.1f s%n", articles.size(),
                    bytes / 1e6, Topics.ARTICLES_ENRICHED, (System.nanoTime() - start) / 1e9);

            try (RelatedIndex index = new RelatedIndex(RelatedProperties.defaults(), Clock.systemUTC())) {
                var os = (com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
                long cpuStart = os.getProcessCpuTime();
                var done = new java.util.concurrent.CompletableFuture<RelatedIndexRebuilt>();
                var follower = new RelatedIndexFollower(index, new org.newsroom.enrich.versions.EnrichedVersions(),
                        RelatedProperties.defaults(), Clock.systemUTC(), done::complete)
                        .follower(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
                follower.start();
                RelatedIndexRebuilt rebuilt = done.get(30, java.util.concurrent.TimeUnit.MINUTES);
                follower.stop();
                System.out.printf(Locale.ROOT,
                        "rebuilt the related index from %s: %d records, %d articles in %.1f s (%.0f articles/s); "
                                + "process CPU %.1f s; load average %.1f on %d cores%n",
                        Topics.ARTICLES_ENRICHED, rebuilt.records(), rebuilt.articles(), rebuilt.elapsedMs() / 1e3,
                        rebuilt.records() / (rebuilt.elapsedMs() / 1e3), (os.getProcessCpuTime() - cpuStart) / 1e9,
                        os.getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
            }
        }
    }

    private static List<Article> articles(Path classification, int count) {
        Random random = new Random(3);
        List<Labelled> corpus = new ArrayList<>();
        if (Files.isDirectory(classification.resolve("ant-corpus-v1.1"))
                && Files.isDirectory(classification.resolve("bbc-news-articles"))) {
            corpus.addAll(LabelledCorpus.ant(classification.resolve("ant-corpus-v1.1")));
            corpus.addAll(LabelledCorpus.bbc(classification.resolve("bbc-news-articles")));
        }
        List<Article> source = corpus.isEmpty() ? Stories.background(count) : RelatedEval.filler(corpus, count, random);
        Instant now = Instant.now();
        List<Article> articles = new ArrayList<>(source.size());
        for (Article article : source) {
            Instant time = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 29)));
            articles.add(Stories.story(article.uri(), 1, article.language() == null ? "und" : article.language(), time,
                    null, List.of(), article.headline(), article.enrichment().bodyText().split("\n\n")));
        }
        return articles;
    }
}
