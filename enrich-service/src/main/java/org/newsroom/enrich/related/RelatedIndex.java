package org.newsroom.enrich.related;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;
import org.newsroom.events.Article;
import org.newsroom.events.RelatedArticle;

/**
 * Lucene index of linkable articles (latest usable version per URI) and the link search over it, in memory-mapped
 * files of its own that live as long as it does ({@link ScratchIndexDirectory}, under {@code java.io.tmpdir}).
 *
 * <p>Similarity: the article's most telling terms (tf × idf, analyzed with its language's analyzer) make a boosted
 * more-like-this term query ({@link TermSignature}), scored with BM25 (Robertson &amp; Zaragoza 2009; Lucene's k1 = 1.2,
 * b = 0.75). A candidate's similarity is its score over the score the article itself would get, so thresholds mean
 * the same for every article. Near-duplicates are confirmed by the cosine of tf-idf term vectors (log tf × BM25 idf).
 *
 * <p>Writes ({@link #index}) become visible to {@link #linksFor} after {@link #refresh()} (a reopen, once per batch or
 * interval); a removal at once; an article {@linkplain #writeThrough written through} at once, held beside the index
 * and scored by hand with the same formula until the follower indexes it. Thread-safe.
 */
public final class RelatedIndex implements Closeable {

    static final String URI = "uri";
    static final String LANGUAGE = "language";
    static final String TIME = "versioncreated";
    static final String EMBARGOED = "embargoed";
    static final String TEXT = "text";

    /** Candidates this similar or more are checked as near-duplicates (cosine), which costs a term-vector read. */
    static final double DUPLICATE_CANDIDATE_SIMILARITY = 0.45;

    private static final FieldType TEXT_TYPE = textType();
    /** How long a term's document frequency is reused across searches: ranking terms needs no exact counts. */
    private static final java.time.Duration DOC_FREQ_TTL = java.time.Duration.ofSeconds(30);

    /** What a link shows and boosts with, per indexed URI. */
    private record Indexed(String headline, Set<String> subjects, String section, Instant versioncreated,
            String duplicateOf) {
    }

    private final RelatedProperties properties;
    private final Clock clock;
    private final LinkRanking ranking;
    private final LanguageAnalyzers analyzers = new LanguageAnalyzers();
    private final ScratchIndexDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** What a link needs of each indexed URI; kept beside the index so that a hit costs no stored-field read. */
    private final Map<String, Indexed> entries = new ConcurrentHashMap<>();
    private final DocFreqCache docFreqs = new DocFreqCache(DOC_FREQ_TTL);
    /** Articles linked by this instance that the searcher does not show yet ({@link #writeThrough}). */
    private final PendingArticles pending = new PendingArticles();

    /**
     * @param properties window, thresholds and boosts
     * @param clock      what "now" is for embargoes
     */
    public RelatedIndex(RelatedProperties properties, Clock clock) {
        this(properties, clock, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * @param indexParent where the index's own directory is created (and deleted at {@link #close()})
     * @throws UncheckedIOException if the index cannot be created there
     */
    RelatedIndex(RelatedProperties properties, Clock clock, Path indexParent) {
        this.properties = properties;
        this.clock = clock;
        this.ranking = new LinkRanking(properties);
        try {
            this.directory = ScratchIndexDirectory.create(indexParent);
            IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(64)
                    .setUseCompoundFile(false) // short-lived files: a compound file would copy each segment again
                    .setMergePolicy(mergePolicy())
                    .setCommitOnClose(false);
            this.writer = new IndexWriter(directory.directory(), config);
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the related index under " + indexParent, e);
        }
    }

    /**
     * Indexes the article as the current version of its URI, replacing any earlier one. A kill, a withheld version
     * or an article without text removes the URI instead.
     *
     * @param article an enriched article; never null
     */
    public void index(Article article) {
        LinkableArticle linkable = LinkableArticle.of(article);
        if (!linkable.usable() || linkable.text().isBlank()) {
            remove(article.uri());
            return;
        }
        try {
            entries.put(linkable.uri(), new Indexed(linkable.headline(), linkable.subjects(), linkable.section(),
                    linkable.versioncreated(), linkable.duplicateOf()));
            writer.updateDocument(new Term(URI, linkable.uri()), document(linkable));
            pending.handOver(linkable.uri());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index " + article.uri(), e);
        }
    }

    /**
     * Makes an article this instance has just linked linkable by the next {@link #linksFor} at once, without a
     * refresh: held beside the index ({@link PendingArticles}) and scored by hand until the follower has indexed it
     * from {@code articles.enriched} ({@link #index}) and a refresh shows it. A kill, a withheld version or an
     * article without text removes the URI instead, at once.
     *
     * @param article an enriched article; never null
     */
    public void writeThrough(Article article) {
        LinkableArticle linkable = LinkableArticle.of(article);
        if (!linkable.usable() || linkable.text().isBlank()) {
            remove(article.uri());
            return;
        }
        try {
            pending.add(PendingArticles.Pending.of(linkable, analyzers.forLanguage(linkable.language()), TEXT));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyze " + article.uri(), e);
        }
    }

    /** Removes every version of {@code uri} (a kill or a tombstone). */
    public void remove(String uri) {
        try {
            entries.remove(uri);
            pending.remove(uri);
            writer.deleteDocuments(new Term(URI, uri));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + uri, e);
        }
    }

    /** Removes the articles created before {@code cutoff}: they have left the window. */
    public void evictOlderThan(Instant cutoff) {
        try {
            writer.deleteDocuments(LongPoint.newRangeQuery(TIME, Long.MIN_VALUE, cutoff.toEpochMilli() - 1));
            entries.values().removeIf(entry -> entry.versioncreated().isBefore(cutoff));
            pending.removeCreatedBefore(cutoff.toEpochMilli());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot evict articles before " + cutoff, e);
        }
    }

    /**
     * Makes the writes so far visible to {@link #linksFor} (an index reopen: call it once per batch or interval, not
     * per article); blocks while another refresh runs.
     */
    public void refresh() {
        try {
            List<PendingArticles.Pending> indexed = pending.handedOver();
            searchers.maybeRefreshBlocking();
            pending.visible(indexed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh the related index", e);
        }
    }

    /** Segments of the index as last refreshed (each search looks its terms up in every one). */
    int segments() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().leaves().size();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the related index", e);
        }
    }

    /** Articles in the index, written but not yet refreshed ones included. */
    public int size() {
        return writer.getDocStats().numDocs;
    }

    /**
     * The related articles of {@code article} among the indexed ones (and those {@linkplain #writeThrough written
     * through}), and the one it near-duplicates, if any. Only a usable article gets links; candidates are within the
     * window of its {@code versioncreated}, in its language (unless configured otherwise), not embargoed now, and
     * never its own URI.
     *
     * @param article an enriched article; never null
     * @return its links; {@link Links#NONE} when nothing reaches the minimum score
     */
    public Links linksFor(Article article) {
        return linksFor(article, properties);
    }

    /** {@link #linksFor(Article)} with other search settings (window, thresholds, boosts, query terms). */
    Links linksFor(Article article, RelatedProperties settings) {
        LinkableArticle linkable = LinkableArticle.of(article);
        if (!linkable.usable() || linkable.text().isBlank() || settings.maxLinks() == 0) {
            return Links.NONE;
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return linksFor(linkable, searcher, settings);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search related articles of " + article.uri(), e);
        }
    }

    private Links linksFor(LinkableArticle article, IndexSearcher searcher, RelatedProperties settings)
            throws IOException {
        IndexReader reader = searcher.getIndexReader();
        CollectionStatistics stats = searcher.collectionStatistics(TEXT);
        List<PendingArticles.Pending> held = pending.isEmpty() ? List.of() : pending.snapshot();
        if (stats == null && held.isEmpty()) {
            return Links.NONE;
        }
        DocFreqCache.DocFreqs counts = docFreqs.of(reader, TEXT);
        Set<String> own = stats == null ? Set.of() : ownTerms(searcher, article.uri());
        PendingArticles.Pending ownHeld = held.isEmpty() ? null : heldUnder(held, article.uri());
        TermSignature.DocFreq others = held.isEmpty()
                ? term -> counts.docFreq(term) - (own.contains(term) ? 1 : 0)
                : term -> counts.docFreq(term) - (own.contains(term) ? 1 : 0) + pending.docFreq(term)
                        - (ownHeld != null && ownHeld.frequencies().containsKey(term) ? 1 : 0);
        long indexedDocs = stats == null ? 0 : stats.docCount();
        long otherDocs = indexedDocs - (own.isEmpty() ? 0 : 1) + held.size() - (ownHeld == null ? 0 : 1);
        double averageLength = averageLength(stats, held);
        TermSignature signature = TermSignature.of(article.text(), analyzers.forLanguage(article.language()), TEXT,
                others, otherDocs, averageLength, settings.maxQueryTerms());
        if (signature.selfScore() <= 0 || signature.queriesNothing()) {
            return Links.NONE;
        }
        List<Candidate> candidates = new ArrayList<>();
        if (stats != null) {
            candidates(searcher, query(article, signature.query(), settings), signature.selfScore(), held, settings,
                    candidates);
        }
        if (!held.isEmpty()) {
            heldCandidates(article, signature, held, settings, candidates);
            candidates.sort(Comparator.comparingDouble(Candidate::similarity).reversed());
        }
        return select(article, candidates, signature, held, reader, others, otherDocs, settings);
    }

    private static PendingArticles.Pending heldUnder(List<PendingArticles.Pending> held, String uri) {
        for (PendingArticles.Pending each : held) {
            if (each.article().uri().equals(uri)) {
                return each;
            }
        }
        return null;
    }

    /** BM25's avgdl over the indexed and the held articles; 1 when there are none. */
    private static double averageLength(CollectionStatistics stats, List<PendingArticles.Pending> held) {
        double total = stats == null ? 0 : stats.sumTotalTermFreq();
        long docs = stats == null ? 0 : stats.docCount();
        for (PendingArticles.Pending each : held) {
            total += each.length();
        }
        docs += held.size();
        return docs == 0 || total == 0 ? 1 : total / docs;
    }

    /** The terms of the indexed version of {@code uri}; empty when it is not indexed. */
    private static Set<String> ownTerms(IndexSearcher searcher, String uri) throws IOException {
        ScoreDoc[] self = searcher.search(new TermQuery(new Term(URI, uri)), 1).scoreDocs;
        if (self.length == 0) {
            return Set.of();
        }
        Terms vector = searcher.getIndexReader().termVectors().get(self[0].doc, TEXT);
        if (vector == null) {
            return Set.of();
        }
        Set<String> terms = new HashSet<>();
        TermsEnum iterator = vector.iterator();
        for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
            terms.add(term.utf8ToString());
        }
        return terms;
    }

    private Query query(LinkableArticle article, Query like, RelatedProperties settings) {
        long t = article.versioncreated().toEpochMilli();
        long window = settings.window().toMillis();
        var query = new BooleanQuery.Builder()
                .add(like, Occur.MUST)
                .add(new IndexOrDocValuesQuery(LongPoint.newRangeQuery(TIME, t - window, t + window),
                        NumericDocValuesField.newSlowRangeQuery(TIME, t - window, t + window)), Occur.FILTER)
                .add(new TermQuery(new Term(URI, article.uri())), Occur.MUST_NOT)
                .add(LongPoint.newRangeQuery(EMBARGOED, clock.millis() + 1, Long.MAX_VALUE), Occur.MUST_NOT);
        if (settings.sameLanguage() && article.language() != null) {
            query.add(new TermQuery(new Term(LANGUAGE, article.language())), Occur.FILTER);
        }
        return query.build();
    }

    private void candidates(IndexSearcher searcher, Query query, double self, List<PendingArticles.Pending> held,
            RelatedProperties settings, List<Candidate> candidates) throws IOException {
        // no exact hit count is needed: scoring may skip documents that cannot make the top (block-max WAND) at once
        ScoreDoc[] hits = searcher.search(query,
                new TopScoreDocCollectorManager(settings.candidates(), null, settings.candidates())).scoreDocs;
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (ScoreDoc hit : hits) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            BinaryDocValues uris = leaf.reader().getBinaryDocValues(URI);
            if (uris == null || !uris.advanceExact(hit.doc - leaf.docBase)) {
                continue;
            }
            String uri = uris.binaryValue().utf8ToString();
            Indexed entry = entries.get(uri);
            if (entry == null || (!held.isEmpty() && heldUnder(held, uri) != null)) {
                continue; // removed (killed, withheld, evicted) since this searcher opened, or a newer one is held
            }
            candidates.add(new Candidate(uri, entry.headline(), hit.score / self, entry.subjects(), entry.section(),
                    entry.versioncreated(), entry.duplicateOf(), hit.doc));
        }
    }

    /** The held articles that pass the search's filters and share terms with it, scored as Lucene would. */
    private void heldCandidates(LinkableArticle article, TermSignature signature, List<PendingArticles.Pending> held,
            RelatedProperties settings, List<Candidate> candidates) {
        long t = article.versioncreated().toEpochMilli();
        long window = settings.window().toMillis();
        java.time.Instant now = clock.instant();
        for (PendingArticles.Pending each : held) {
            LinkableArticle other = each.article();
            boolean passes = !other.uri().equals(article.uri())
                    && Math.abs(other.versioncreated().toEpochMilli() - t) <= window
                    && !other.embargoedAt(now)
                    && (!settings.sameLanguage() || article.language() == null
                            || article.language().equals(other.language()));
            double score = passes ? signature.scoreOf(each.frequencies(), each.length()) : 0;
            if (score > 0) {
                candidates.add(new Candidate(other.uri(), other.headline(), score / signature.selfScore(),
                        other.subjects(), other.section(), other.versioncreated(), other.duplicateOf(), -1));
            }
        }
    }

    private Links select(LinkableArticle article, List<Candidate> candidates, TermSignature signature,
            List<PendingArticles.Pending> held, IndexReader reader, TermSignature.DocFreq docFreqs, long documents,
            RelatedProperties settings) throws IOException {
        String duplicateOf = null;
        double duplicateCosine = 0;
        Cosine cosine = null;
        double minScore = settings.minScore(article.language());
        int checked = 0;
        List<Candidate> related = new ArrayList<>();
        for (Candidate candidate : candidates.subList(0, Math.min(candidates.size(), settings.candidates()))) {
            // candidates come best first: a near-duplicate is among the most similar
            if (candidate.similarity() >= DUPLICATE_CANDIDATE_SIMILARITY && checked < settings.duplicateCandidates()) {
                checked++;
                if (cosine == null) {
                    cosine = new Cosine(signature.vector(), reader, docFreqs, documents);
                }
                double similarity = candidate.docId() >= 0 ? cosine.with(candidate.docId())
                        : cosine.with(heldUnder(held, candidate.uri()).frequencies());
                if (similarity >= settings.duplicateThreshold()) {
                    if (similarity > duplicateCosine) {
                        duplicateCosine = similarity;
                        duplicateOf = candidate.story();
                    }
                    continue;
                }
            }
            if (candidate.similarity() >= minScore) {
                related.add(candidate);
            }
        }
        LinkRanking ranking = settings == properties ? this.ranking : new LinkRanking(settings);
        Map<Candidate, Double> scores = new HashMap<>();
        related.forEach(candidate -> scores.put(candidate, ranking.score(article, candidate)));
        related.sort(Comparator.comparingDouble((Candidate candidate) -> scores.get(candidate)).reversed());
        Set<String> stories = new HashSet<>();
        if (duplicateOf != null) {
            stories.add(duplicateOf);
        }
        List<RelatedArticle> links = new ArrayList<>();
        for (Candidate candidate : related) {
            if (links.size() == settings.maxLinks()) {
                break;
            }
            boolean newStory = stories.add(candidate.story());
            if (newStory && (candidate.duplicateOf() == null || stories.add(candidate.uri()))) {
                links.add(new RelatedArticle(candidate.uri(), candidate.headline(), round(scores.get(candidate))));
            }
        }
        return new Links(links, duplicateOf);
    }

    private Document document(LinkableArticle article) {
        Document doc = new Document();
        doc.add(new StringField(URI, article.uri(), Field.Store.NO));
        doc.add(new BinaryDocValuesField(URI, new BytesRef(article.uri())));
        if (article.language() != null) {
            doc.add(new StringField(LANGUAGE, article.language(), Field.Store.NO));
        }
        long time = article.versioncreated().toEpochMilli();
        doc.add(new LongPoint(TIME, time));
        doc.add(new NumericDocValuesField(TIME, time));
        if (article.embargoed() != null) {
            doc.add(new LongPoint(EMBARGOED, article.embargoed().toEpochMilli()));
        }
        doc.add(new Field(TEXT, analyzers.forLanguage(article.language()).tokenStream(TEXT, article.text()),
                TEXT_TYPE));
        return doc;
    }

    /** Fewer segments than Lucene's default (10 per tier): each search looks terms up in every segment. */
    private static TieredMergePolicy mergePolicy() {
        TieredMergePolicy policy = new TieredMergePolicy();
        policy.setSegmentsPerTier(4);
        policy.setNoCFSRatio(0.0);
        return policy;
    }

    private static FieldType textType() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setTokenized(true);
        type.setStored(false);
        type.setStoreTermVectors(true);
        type.freeze();
        return type;
    }

    private static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
        analyzers.close();
    }

    /**
     * Cosine similarity of the article's tf-idf vector (log tf × BM25 idf) with indexed articles' term vectors, or a
     * held article's frequencies. Terms the article lacks only add to the candidate's norm; their idf is looked up
     * once per search.
     */
    private static final class Cosine {
        private final Map<String, Double> article;
        private final double articleNorm;
        private final TermSignature.DocFreq docFreqs;
        private final TermVectors termVectors;
        private final long documents;
        private final Map<String, Double> idf = new HashMap<>();
        private double dot;
        private double norm;

        Cosine(Map<String, Double> article, IndexReader reader, TermSignature.DocFreq docFreqs, long documents)
                throws IOException {
            this.article = article;
            this.articleNorm = Math.sqrt(article.values().stream().mapToDouble(w -> w * w).sum());
            this.docFreqs = docFreqs;
            this.termVectors = reader.termVectors();
            this.documents = documents;
        }

        double with(int docId) throws IOException {
            Terms vector = termVectors.get(docId, TEXT);
            if (vector == null || articleNorm == 0) {
                return 0;
            }
            dot = 0;
            norm = 0;
            TermsEnum terms = vector.iterator();
            for (BytesRef term = terms.next(); term != null; term = terms.next()) {
                add(term.utf8ToString(), terms.totalTermFreq());
            }
            return cosine();
        }

        double with(Map<String, Integer> frequencies) throws IOException {
            if (articleNorm == 0) {
                return 0;
            }
            dot = 0;
            norm = 0;
            for (Map.Entry<String, Integer> term : frequencies.entrySet()) {
                add(term.getKey(), term.getValue());
            }
            return cosine();
        }

        private void add(String text, long frequency) throws IOException {
            Double articleWeight = article.get(text);
            double weight = (1 + Math.log(frequency)) * idf(text);
            norm += weight * weight;
            if (articleWeight != null) {
                dot += weight * articleWeight;
            }
        }

        private double cosine() {
            return norm == 0 ? 0 : dot / (articleNorm * Math.sqrt(norm));
        }

        private double idf(String term) throws IOException {
            Double cached = idf.get(term);
            if (cached == null) {
                cached = TermSignature.idf(docFreqs.of(term), documents);
                idf.put(term, cached);
            }
            return cached;
        }
    }
}
