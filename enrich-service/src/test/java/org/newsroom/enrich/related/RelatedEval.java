package org.newsroom.enrich.related;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.newsroom.enrich.related.LabelledCorpus.Labelled;
import org.newsroom.events.Article;
import org.newsroom.events.RelatedArticle;

/**
 * Evaluation command for related links (not a test: it prints figures). On the labelled corpora in
 * {@code <shared>/corpus/classification/} (ANT Arabic, BBC English), with every article indexed and each one linked
 * against all the others (its own entry left out, as for a new version): precision@3 with "relevant" meaning the same
 * label, over the links given (at most 3 per article), and the share of articles with no link. Then it fills the index
 * to {@code related.eval.index-size} (default 100,000) articles with synthetic ones, made of sentences drawn from
 * random corpus articles of the same language, and reports the indexing rate and ms/article of {@link
 * RelatedIndex#linksFor} (p50, p90, p99, max) for a sample of real articles.
 *
 * <p>As in production, every article carries the site section the section classifier predicts for it (cross-fitted
 * so that no article's section comes from a model trained on it: {@link PredictedSections}), and the same-section
 * boost applies; {@code related.eval.sections=none} leaves sections out. Quality figures are also given for two fixed
 * halves of each corpus (by a hash of the URI): settings such as a per-language minimum score are chosen on the "dev"
 * half and reported on the "test" half.
 *
 * <p>Arguments: the shared directory (default: system property {@code newsroom.shared.dir}, else {@code ../shared}).
 * System properties: {@code related.eval.index-size}, {@code related.eval.queries} (default 2,000), every {@link
 * RelatedProperties} setting as {@code related.eval.<kebab-case name>} (e.g. {@code related.eval.min-score},
 * {@code related.eval.max-query-terms}, {@code related.eval.min-score-by-language=ar:0.38}), {@code
 * related.eval.sweep=0.2,0.3} (precision and no-link share per minimum score, run with {@code min-score=0}), {@code
 * related.eval.skip-quality}.
 */
public final class RelatedEval {

    private static final int TOP = 3;

    private RelatedEval() {
    }

    /** Runs the evaluation; prints a SKIP line and returns when the corpora are absent. */
    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args.length > 0 ? args[0] : System.getProperty("newsroom.shared.dir", "../shared"));
        Path classification = shared.resolve("corpus/classification");
        Path antDir = classification.resolve("ant-corpus-v1.1");
        Path bbcDir = classification.resolve("bbc-news-articles");
        if (!Files.isDirectory(antDir) || !Files.isDirectory(bbcDir)) {
            System.out.println("SKIP related-eval: no labelled corpora under " + classification.toAbsolutePath());
            return;
        }
        RelatedProperties properties = properties(RelatedProperties.defaults());
        int indexSize = Integer.getInteger("related.eval.index-size", 100_000);
        int queries = Integer.getInteger("related.eval.queries", 2_000);

        List<Labelled> ant = LabelledCorpus.ant(antDir);
        List<Labelled> bbc = LabelledCorpus.bbc(bbcDir);
        if (!"none".equals(System.getProperty("related.eval.sections", "predicted"))) {
            Map<String, List<Labelled>> predicted = PredictedSections.apply(classification, ant, bbc);
            ant = predicted.get("ant");
            bbc = predicted.get("bbc");
        }
        List<Labelled> all = new ArrayList<>(ant);
        all.addAll(bbc);
        System.out.printf(Locale.ROOT, "related-eval settings: %s%n", properties);

        try (RelatedIndex index = new RelatedIndex(properties, Clock.systemUTC())) {
            long start = System.nanoTime();
            all.forEach(labelled -> index.index(labelled.article()));
            index.refresh();
            System.out.printf(Locale.ROOT, "indexed %d corpus articles in %.1f s%n", all.size(),
                    (System.nanoTime() - start) / 1e9);
            Map<String, String> labels = new HashMap<>();
            all.forEach(labelled -> labels.put(labelled.article().uri(), labelled.label()));
            String sweep = System.getProperty("related.eval.sweep");
            if (sweep != null) {
                sweep("ANT (ar)", ant, index, labels, sweep);
                if (!Boolean.getBoolean("related.eval.sweep-ant-only")) {
                    sweep("BBC (en)", bbc, index, labels, sweep);
                }
                return;
            }
            if (!Boolean.getBoolean("related.eval.skip-quality")) {
                quality("ANT (ar)", ant, index, labels);
                quality("BBC (en)", bbc, index, labels);
            }
            if (indexSize <= all.size()) {
                return;
            }

            List<Article> filler = filler(all, indexSize - all.size(), new Random(42));
            start = System.nanoTime();
            filler.forEach(index::index);
            index.refresh();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "indexed %d synthetic articles in %.1f s (%.0f articles/s); index size %d%n",
                    filler.size(), seconds, filler.size() / seconds, index.size());
            latency(all, index, queries, new Random(7));
        }
    }

    /** {@code defaults}, each setting overridable by a system property {@code related.eval.<kebab-case name>}. */
    private static RelatedProperties properties(RelatedProperties d) {
        return new RelatedProperties(Integer.getInteger("related.eval.max-links", d.maxLinks()),
                Duration.parse(System.getProperty("related.eval.window", d.window().toString())),
                Boolean.parseBoolean(System.getProperty("related.eval.same-language", "" + d.sameLanguage())),
                doubleProperty("min-score", d.minScore()), minScoreByLanguage(d.minScoreByLanguage()),
                doubleProperty("duplicate-threshold",
                        d.duplicateThreshold()), doubleProperty("subject-boost", d.subjectBoost()),
                doubleProperty("section-boost", d.sectionBoost()), doubleProperty("recency-boost", d.recencyBoost()),
                Duration.parse(System.getProperty("related.eval.recency-half-life", d.recencyHalfLife().toString())),
                Integer.getInteger("related.eval.max-query-terms", d.maxQueryTerms()),
                Integer.getInteger("related.eval.candidates", d.candidates()));
    }

    /** {@code related.eval.min-score-by-language=ar:0.38,en:0.2}; absent: the defaults'. */
    private static Map<String, Double> minScoreByLanguage(Map<String, Double> fallback) {
        String value = System.getProperty("related.eval.min-score-by-language");
        if (value == null) {
            return fallback;
        }
        Map<String, Double> byLanguage = new HashMap<>();
        for (String pair : value.split(",")) {
            if (!pair.isBlank()) {
                String[] parts = pair.split(":");
                byLanguage.put(parts[0].strip(), Double.parseDouble(parts[1]));
            }
        }
        return byLanguage;
    }

    private static double doubleProperty(String name, double fallback) {
        return Double.parseDouble(System.getProperty("related.eval." + name, Double.toString(fallback)));
    }

    /** ANT labels → the site's sections, as the corpus README suggests (localNews mixes topics: its own group). */
    private static final Map<String, String> ANT_SECTIONS = Map.of("politic", "politics", "internationalNews",
            "politics", "economy", "business", "technology", "technology", "sport", "sports", "society", "life",
            "culture", "life", "diverse", "life", "localNews", "localNews");

    static String section(String label) {
        return ANT_SECTIONS.getOrDefault(label, label);
    }

    private static void quality(String name, List<Labelled> corpus, RelatedIndex index, Map<String, String> labels) {
        List<List<RelatedArticle>> results = new ArrayList<>();
        corpus.forEach(labelled -> results.add(index.linksFor(labelled.article()).related()));
        quality(name, corpus, results, labels, labelled -> true);
        quality(name + " dev half", corpus, results, labels, labelled -> dev(labelled.article().uri()));
        quality(name + " test half", corpus, results, labels, labelled -> !dev(labelled.article().uri()));
    }

    private static void quality(String name, List<Labelled> corpus, List<List<RelatedArticle>> results,
            Map<String, String> labels, java.util.function.Predicate<Labelled> part) {
        long sameSection = 0;
        long relevant = 0;
        long given = 0;
        long unlinked = 0;
        long articles = 0;
        double perArticle = 0;
        int linked = 0;
        for (int i = 0; i < corpus.size(); i++) {
            Labelled labelled = corpus.get(i);
            if (!part.test(labelled)) {
                continue;
            }
            articles++;
            List<RelatedArticle> links = results.get(i);
            List<RelatedArticle> top = links.subList(0, Math.min(TOP, links.size()));
            if (top.isEmpty()) {
                unlinked++;
                continue;
            }
            long hits = top.stream().filter(link -> labelled.label().equals(labels.get(link.uri()))).count();
            sameSection += top.stream()
                    .filter(link -> section(labelled.label()).equals(section(labels.get(link.uri())))).count();
            relevant += hits;
            given += top.size();
            perArticle += (double) hits / top.size();
            linked++;
        }
        System.out.printf(Locale.ROOT,
                "%s: articles=%d precision@3=%.3f (micro, over %d links given) macro=%.3f no-link=%.1f%% "
                        + "strict@3=%.3f (missing links count as misses) same-section@3=%.3f%n",
                name, articles, ratio(relevant, given), given, linked == 0 ? 0 : perArticle / linked,
                100.0 * unlinked / articles, (double) relevant / (TOP * (double) articles),
                ratio(sameSection, given));
    }

    /**
     * Precision@3 and no-link share for each minimum score in {@code thresholds} (comma-separated), applied to the
     * links' scores; run with {@code related.eval.min-score=0} so that every candidate is scored. Figures for the whole
     * corpus, then for its two halves by a fixed hash of the URI: "dev" to choose a threshold on, "test" to report it
     * on; then precision of the first, second and third link alone, and per label.
     */
    private static void sweep(String name, List<Labelled> corpus, RelatedIndex index, Map<String, String> labels,
            String thresholds) {
        List<List<RelatedArticle>> results = new ArrayList<>();
        corpus.forEach(labelled -> results.add(index.linksFor(labelled.article()).related()));
        for (String threshold : thresholds.split(",")) {
            double min = Double.parseDouble(threshold);
            long[] relevant = new long[3];
            long[] given = new long[3];
            long[] unlinked = new long[3];
            long[] articles = new long[3];
            long[] rankHits = new long[TOP];
            long[] rankGiven = new long[TOP];
            Map<String, long[]> byLabel = new java.util.TreeMap<>();
            for (int i = 0; i < corpus.size(); i++) {
                String label = corpus.get(i).label();
                int half = 1 + (dev(corpus.get(i).article().uri()) ? 0 : 1);
                List<RelatedArticle> top = results.get(i).stream().filter(link -> link.score() >= min).limit(TOP)
                        .toList();
                long hits = 0;
                for (int r = 0; r < top.size(); r++) {
                    boolean hit = label.equals(labels.get(top.get(r).uri()));
                    hits += hit ? 1 : 0;
                    rankHits[r] += hit ? 1 : 0;
                    rankGiven[r]++;
                }
                for (int part : new int[] {0, half}) {
                    articles[part]++;
                    unlinked[part] += top.isEmpty() ? 1 : 0;
                    relevant[part] += hits;
                    given[part] += top.size();
                }
                long[] counts = byLabel.computeIfAbsent(label, key -> new long[2]);
                counts[0] += hits;
                counts[1] += top.size();
            }
            StringBuilder labelled = new StringBuilder();
            byLabel.forEach((label, counts) -> labelled.append(String.format(Locale.ROOT, " %s=%.2f/%d", label,
                    counts[1] == 0 ? 0 : (double) counts[0] / counts[1], counts[1])));
            System.out.printf(Locale.ROOT, "%s min-score=%.2f precision@3=%.3f no-link=%.1f%% links=%d | dev %.3f "
                            + "%.1f%% | test %.3f %.1f%% | by rank %.3f %.3f %.3f;%s%n", name, min,
                    ratio(relevant[0], given[0]), 100.0 * unlinked[0] / articles[0], given[0],
                    ratio(relevant[1], given[1]), 100.0 * unlinked[1] / articles[1], ratio(relevant[2], given[2]),
                    100.0 * unlinked[2] / articles[2], ratio(rankHits[0], rankGiven[0]),
                    ratio(rankHits[1], rankGiven[1]), ratio(rankHits[2], rankGiven[2]), labelled);
        }
    }

    /** The "dev" half of a corpus, by a fixed hash of the URI; the rest is "test". */
    static boolean dev(String uri) {
        return Math.floorMod((uri.hashCode() * 0x9E3779B1) >>> 7, 2) == 0;
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    static List<Article> filler(List<Labelled> corpus, int count, Random random) {
        Map<String, List<String>> sentences = new HashMap<>();
        Map<String, List<Instant>> times = new HashMap<>();
        for (Labelled labelled : corpus) {
            Article article = labelled.article();
            sentences.computeIfAbsent(article.language(), key -> new ArrayList<>())
                    .addAll(Arrays.asList(article.enrichment().bodyText().split("(?<=[.!?؟])\\s+|\\n+")));
            times.computeIfAbsent(article.language(), key -> new ArrayList<>()).add(article.versioncreated());
        }
        List<Article> filler = new ArrayList<>(Math.max(0, count));
        for (int i = 0; i < count; i++) {
            Labelled source = corpus.get(random.nextInt(corpus.size()));
            String language = source.article().language();
            List<String> pool = sentences.get(language);
            String[] paragraphs = new String[4 + random.nextInt(6)];
            for (int p = 0; p < paragraphs.length; p++) {
                paragraphs[p] = pool.get(random.nextInt(pool.size()));
            }
            List<Instant> poolTimes = times.get(language);
            Instant time = poolTimes.get(random.nextInt(poolTimes.size()))
                    .plus(Duration.ofMinutes(random.nextInt(60 * 24 * 30) - 60 * 24 * 15));
            filler.add(Stories.story("urn:eval:filler:" + i, 1, language, time, null, List.of(),
                    pool.get(random.nextInt(pool.size())), paragraphs));
        }
        return filler;
    }

    private static void latency(List<Labelled> corpus, RelatedIndex index, int queries, Random random) {
        for (int i = 0; i < 300; i++) {
            index.linksFor(corpus.get(random.nextInt(corpus.size())).article());
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] nanos = new long[queries];
        long[] cpu = new long[queries];
        int unlinked = 0;
        for (int i = 0; i < queries; i++) {
            Article article = corpus.get(random.nextInt(corpus.size())).article();
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            Links links = index.linksFor(article);
            nanos[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
            if (links.related().isEmpty()) {
                unlinked++;
            }
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT,
                "linksFor at %d articles, %d queries: wall p50=%.2f ms p90=%.2f ms p99=%.2f ms max=%.2f ms; "
                        + "thread CPU p50=%.2f ms p99=%.2f ms; no-link=%.1f%%; load average %.1f on %d cores%n",
                index.size(), queries, percentile(nanos, 50), percentile(nanos, 90), percentile(nanos, 99),
                nanos[nanos.length - 1] / 1e6, percentile(cpu, 50), percentile(cpu, 99), 100.0 * unlinked / queries,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    private static double percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
    }
}
