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
 * related.eval.sweep=0.2,0.3} (precision and no-link share per minimum score, run with {@code min-score=0}; for
 * each of {@code related.eval.sweep-query-terms=25,15:10} (query terms, optionally candidates), default the
 * settings'), {@code related.eval.latency-variants} (more settings to time, in the same form), {@code related.eval.skip-quality},
 * {@code related.eval.reference-max-query-terms} and {@code related.eval.reference-candidates} (the settings the
 * latency is compared against in the same run; default 25 and 20, every candidate checked as a near-duplicate), {@code
 * related.eval.enrich-articles} (default 2,000) and {@code related.eval.refresh-articles} (default 50) for the
 * enrich path's CPU.
 *
 * <p>Also printed: ANT with {@code localNews} treated as "other" (the corpus README: it "mixes several topics"),
 * left out as queries, and left out of both the queries and the index; CPU per article of indexing (a rebuild) and
 * of the enrich path (link, write-through, the follower's indexing and reopens) at the full index.
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
            Indexing corpusIndexing = Indexing.start();
            all.forEach(labelled -> index.index(labelled.article()));
            index.refresh();
            System.out.printf(Locale.ROOT, "indexed %d corpus articles: %s%n", all.size(),
                    corpusIndexing.stop(all.size()));
            Map<String, String> labels = new HashMap<>();
            all.forEach(labelled -> labels.put(labelled.article().uri(), labelled.label()));
            String sweep = System.getProperty("related.eval.sweep");
            if (sweep != null) {
                for (RelatedProperties settings : variants(properties, "related.eval.sweep-query-terms")) {
                    String name = " " + settings.maxQueryTerms() + " terms " + settings.candidates() + " candidates";
                    sweep("ANT (ar)" + name, ant, index, labels, sweep, settings);
                    if (!Boolean.getBoolean("related.eval.sweep-ant-only")) {
                        sweep("BBC (en)" + name, bbc, index, labels, sweep, settings);
                    }
                }
                return;
            }
            if (!Boolean.getBoolean("related.eval.skip-quality")) {
                quality("ANT (ar)", ant, index, labels);
                quality("BBC (en)", bbc, index, labels);
                localNewsAsOther(ant, bbc, index, labels, properties);
            }
            if (indexSize <= all.size()) {
                return;
            }

            List<Article> filler = filler(all, indexSize - all.size(), new Random(42));
            Indexing fillerIndexing = Indexing.start();
            filler.forEach(index::index);
            index.refresh();
            System.out.printf(Locale.ROOT, "indexed %d synthetic articles (as a rebuild: one refresh at the end): %s; "
                    + "index size %d%n", filler.size(), fillerIndexing.stop(filler.size()), index.size());
            List<RelatedProperties> compared = new ArrayList<>(List.of(properties, reference(properties)));
            if (System.getProperty("related.eval.latency-variants") != null) {
                compared.addAll(variants(properties, "related.eval.latency-variants"));
            }
            latency(all, index, queries, new Random(7), compared);
            enrichPath(all, index, Integer.getInteger("related.eval.enrich-articles", 2_000), new Random(11));
        }
    }

    /**
     * The settings the latency figures are compared against in the same run (the machine is noisy): the eval's
     * settings with {@code related.eval.reference-max-query-terms} (default 25) query terms, {@code
     * related.eval.reference-candidates} (default 20) candidates, all of them checked as near-duplicates, as before
     * the latency work.
     */
    private static RelatedProperties reference(RelatedProperties p) {
        int candidates = Integer.getInteger("related.eval.reference-candidates", 20);
        return withSearch(p, Integer.getInteger("related.eval.reference-max-query-terms", 25), candidates,
                candidates);
    }

    /** {@code p} with other query terms, candidates and near-duplicate checks. */
    private static RelatedProperties withSearch(RelatedProperties p, int maxQueryTerms, int candidates,
            int duplicateCandidates) {
        return new RelatedProperties(p.maxLinks(), p.window(), p.sameLanguage(), p.minScore(),
                p.minScoreByLanguage(), p.duplicateThreshold(), p.subjectBoost(), p.sectionBoost(), p.recencyBoost(),
                p.recencyHalfLife(), maxQueryTerms, candidates, duplicateCandidates);
    }

    /**
     * Settings named by the system property {@code name}: comma-separated {@code terms[:candidates]} (e.g. {@code
     * 25,15:10}), each {@code p} with that many query terms (and candidates); absent: {@code p} alone.
     */
    private static List<RelatedProperties> variants(RelatedProperties p, String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            return List.of(p);
        }
        List<RelatedProperties> variants = new ArrayList<>();
        for (String variant : value.split(",")) {
            String[] parts = variant.strip().split(":");
            variants.add(withSearch(p, Integer.parseInt(parts[0]),
                    parts.length > 1 ? Integer.parseInt(parts[1]) : p.candidates(), p.duplicateCandidates()));
        }
        return variants;
    }

    /** Wall time and CPU of an indexing run: the indexing thread's and the whole process's (merges, GC). */
    private record Indexing(long startNanos, long startThreadCpu, long startProcessCpu) {

        static Indexing start() {
            return new Indexing(System.nanoTime(), threadCpu(), processCpu());
        }

        String stop(int articles) {
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            return String.format(Locale.ROOT, "%.1f s (%.0f articles/s), CPU per article: indexing thread %.0f µs, "
                            + "process %.0f µs", seconds, articles / seconds,
                    (threadCpu() - startThreadCpu) / 1e3 / articles, (processCpu() - startProcessCpu) / 1e3 / articles);
        }
    }

    private static long threadCpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
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
                Integer.getInteger("related.eval.candidates", d.candidates()),
                Integer.getInteger("related.eval.duplicate-candidates", d.duplicateCandidates()));
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

    /**
     * ANT with {@code localNews} treated as "other", as the corpus README advises ("localNews mixes several topics"):
     * its articles left out as queries only (a link into localNews still counts as a miss), and left out of both the
     * queries and a second index of the corpora. Printed beside the all-label figures, which stay the headline ones.
     */
    private static void localNewsAsOther(List<Labelled> ant, List<Labelled> bbc, RelatedIndex index,
            Map<String, String> labels, RelatedProperties properties) {
        List<Labelled> topical = ant.stream().filter(labelled -> !labelled.label().equals(LOCAL_NEWS)).toList();
        quality("ANT (ar) localNews left out of the queries", topical, index, labels);
        try (RelatedIndex withoutLocalNews = new RelatedIndex(properties, Clock.systemUTC())) {
            topical.forEach(labelled -> withoutLocalNews.index(labelled.article()));
            bbc.forEach(labelled -> withoutLocalNews.index(labelled.article()));
            withoutLocalNews.refresh();
            quality("ANT (ar) localNews left out of the queries and the index", topical, withoutLocalNews, labels);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final String LOCAL_NEWS = "localNews";

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
            String thresholds, RelatedProperties settings) {
        List<List<RelatedArticle>> results = new ArrayList<>();
        corpus.forEach(labelled -> results.add(index.linksFor(labelled.article(), settings).related()));
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

    /**
     * ms/article of {@link RelatedIndex#linksFor} with each of {@code compared} (the eval's settings, the reference,
     * then any {@code related.eval.latency-variants}), interleaved query by query on the same index so that the
     * machine's noise hits all alike; then each one's ratios to the reference (the second).
     */
    private static void latency(List<Labelled> corpus, RelatedIndex index, int queries, Random random,
            List<RelatedProperties> compared) {
        int ways = compared.size();
        for (int i = 0; i < 300; i++) {
            Article article = corpus.get(random.nextInt(corpus.size())).article();
            compared.forEach(settings -> index.linksFor(article, settings));
        }
        long[][] nanos = new long[ways][queries];
        long[][] cpu = new long[ways][queries];
        int[] unlinked = new int[ways];
        for (int i = 0; i < queries; i++) {
            Article article = corpus.get(random.nextInt(corpus.size())).article();
            for (int k = 0; k < ways; k++) {
                int which = (i + k) % ways; // rotate which goes first
                long startCpu = threadCpu();
                long start = System.nanoTime();
                Links links = index.linksFor(article, compared.get(which));
                nanos[which][i] = System.nanoTime() - start;
                cpu[which][i] = threadCpu() - startCpu;
                unlinked[which] += links.related().isEmpty() ? 1 : 0;
            }
        }
        for (int k = 0; k < ways; k++) {
            Arrays.sort(nanos[k]);
            Arrays.sort(cpu[k]);
        }
        for (int k = 0; k < ways; k++) {
            RelatedProperties settings = compared.get(k);
            String name = String.format(Locale.ROOT, "%s (%d query terms, %d candidates, %d near-duplicate checks)",
                    k == 0 ? "settings" : k == 1 ? "reference" : "variant", settings.maxQueryTerms(),
                    settings.candidates(), settings.duplicateCandidates());
            System.out.printf(Locale.ROOT,
                    "linksFor at %d articles (%d segments), %d queries, %s: wall p50=%.2f ms p90=%.2f ms p99=%.2f ms "
                            + "max=%.2f ms; thread CPU p50=%.2f ms p99=%.2f ms; no-link=%.1f%%; load average %.1f on "
                            + "%d cores; to the reference, same run: thread CPU p50 %.2f, p99 %.2f%n",
                    index.size(), index.segments(), queries, name, percentile(nanos[k], 50),
                    percentile(nanos[k], 90), percentile(nanos[k], 99), nanos[k][queries - 1] / 1e6,
                    percentile(cpu[k], 50), percentile(cpu[k], 99), 100.0 * unlinked[k] / queries,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors(), percentile(cpu[k], 50) / percentile(cpu[1], 50),
                    percentile(cpu[k], 99) / percentile(cpu[1], 99));
        }
    }

    /**
     * CPU per article of the enrich path on the full index, articles new to it (synthetic, as the filler): the link
     * step and the index follower reading the article back from {@code articles.enriched}, in two ways interleaved
     * in blocks of {@link #POLL} articles. As before: link, index, reopen per article, the follower re-indexing
     * each poll's articles and reopening per poll. Now: link and write through, the follower indexing, a reopen per
     * {@code related.eval.refresh-articles} articles (default 50: one per second, as the follower does, at 50
     * articles/s). The two ways alternate in chunks of {@link #CHUNK} articles, each ending with a reopen. Process
     * CPU counts Lucene's merge threads. The link step's figure is the linking thread's CPU (lookup, and the
     * write-through or index and reopen).
     */
    private static void enrichPath(List<Labelled> corpus, RelatedIndex index, int articles, Random random) {
        int refreshEvery = Integer.getInteger("related.eval.refresh-articles", 50);
        List<Article> fresh = new ArrayList<>();
        int n = 0;
        for (Article article : filler(corpus, articles, random)) {
            fresh.add(Stories.story("urn:eval:new:" + n++, 1, article.language(), article.versioncreated(), null,
                    List.of(), article.headline(), article.enrichment().bodyText().split("\n\n")));
        }
        RelatedLinker linker = new RelatedLinker(index, new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
        long[] process = new long[2];
        long[] lookup = new long[2];
        int[] count = new int[2];
        for (int chunk = 0; chunk * CHUNK < fresh.size(); chunk++) {
            int way = chunk % 2;
            long startProcess = processCpu();
            int sinceRefresh = 0;
            int end = Math.min(fresh.size(), (chunk + 1) * CHUNK);
            for (int from = chunk * CHUNK; from < end; from += POLL) {
                List<Article> linked = new ArrayList<>(POLL);
                for (Article article : fresh.subList(from, Math.min(end, from + POLL))) {
                    long startLookup = threadCpu();
                    if (way == 0) {
                        Links links = index.linksFor(article);
                        Article out = article.withEnrichment(article.enrichment().withRelated(links.related(),
                                links.duplicateOf()));
                        index.index(out);
                        index.refresh();
                        linked.add(out);
                    } else {
                        linked.add(linker.link(article));
                    }
                    lookup[way] += threadCpu() - startLookup;
                }
                linked.forEach(index::index); // the follower reads the poll back
                sinceRefresh += linked.size();
                if (way == 0 || sinceRefresh >= refreshEvery) {
                    index.refresh();
                    sinceRefresh = 0;
                }
            }
            index.refresh(); // each chunk pays for its own writes
            process[way] += processCpu() - startProcess;
            count[way] += end - chunk * CHUNK;
        }
        System.out.printf(Locale.ROOT, "enrich path at %d articles, CPU per article (polls of %d, chunks of %d "
                        + "interleaved): before (index and reopen per article, follower reopen per poll) process %.0f µs, "
                        + "link step %.0f µs; now (write-through, follower reopen per %d articles) process %.0f µs, "
                        + "link step %.0f µs; process ratio now / before %.2f%n", index.size(), POLL, CHUNK,
                process[0] / 1e3 / count[0], lookup[0] / 1e3 / count[0], refreshEvery, process[1] / 1e3 / count[1],
                lookup[1] / 1e3 / count[1], (double) process[1] / count[1] / ((double) process[0] / count[0]));
    }

    private static final int POLL = 10;
    private static final int CHUNK = 250;

    private static double percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
    }
}
