package org.newsroom.enrich.related;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.newsroom.events.Article;
import org.newsroom.events.RelatedArticle;

/**
 * In-memory Lucene index of linkable articles (latest usable version per URI) and the link search over it.
 *
 * <p>Similarity: the article's most telling terms (tf × idf, analyzed with its language's analyzer) make a boosted
 * more-like-this term query ({@link TermSignature}), scored with BM25 (Robertson &amp; Zaragoza 2009; Lucene's k1 = 1.2,
 * b = 0.75). A candidate's similarity is its score over the score the article itself would get, so thresholds mean
 * the same for every article. Near-duplicates are confirmed by the cosine of tf-idf term vectors (log tf × BM25 idf).
 *
 * <p>Writes ({@link #index}, {@link #remove}) become visible to {@link #linksFor} after {@link #refresh()}. Thread-safe.
 */
public final class RelatedIndex implements Closeable {

    static final String URI = "uri";
    static final String LANGUAGE = "language";
    static final String SECTION = "section";
    static final String SUBJECT = "subject";
    static final String TIME = "versioncreated";
    static final String EMBARGOED = "embargoed";
    static final String HEADLINE = "headline";
    static final String DUPLICATE_OF = "duplicate_of";
    static final String TEXT = "text";

    /** Candidates this similar or more are checked as near-duplicates (cosine), which costs a term-vector read. */
    static final double DUPLICATE_CANDIDATE_SIMILARITY = 0.45;

    private static final Set<String> STORED = Set.of(URI, HEADLINE, SUBJECT, SECTION, TIME, DUPLICATE_OF);
    private static final FieldType TEXT_TYPE = textType();

    private final RelatedProperties properties;
    private final Clock clock;
    private final LinkRanking ranking;
    private final LanguageAnalyzers analyzers = new LanguageAnalyzers();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    /**
     * @param properties window, thresholds and boosts
     * @param clock      what "now" is for embargoes
     */
    public RelatedIndex(RelatedProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.ranking = new LinkRanking(properties);
        try {
            IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(64)
                    .setCommitOnClose(false);
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the in-memory related index", e);
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
            writer.updateDocument(new Term(URI, linkable.uri()), document(linkable));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index " + article.uri(), e);
        }
    }

    /** Removes every version of {@code uri} (a kill or a tombstone). */
    public void remove(String uri) {
        try {
            writer.deleteDocuments(new Term(URI, uri));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + uri, e);
        }
    }

    /** Removes the articles created before {@code cutoff}: they have left the window. */
    public void evictOlderThan(Instant cutoff) {
        try {
            writer.deleteDocuments(LongPoint.newRangeQuery(TIME, Long.MIN_VALUE, cutoff.toEpochMilli() - 1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot evict articles before " + cutoff, e);
        }
    }

    /** Makes the writes so far visible to {@link #linksFor}; blocks while another refresh runs. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh the related index", e);
        }
    }

    /** Articles in the index, written but not yet refreshed ones included. */
    public int size() {
        return writer.getDocStats().numDocs;
    }

    /**
     * The related articles of {@code article} among the indexed ones, and the one it near-duplicates, if any. Only a
     * usable article gets links; candidates are within the window of its {@code versioncreated}, in its language
     * (unless configured otherwise), not embargoed now, and never its own URI.
     *
     * @param article an enriched article; never null
     * @return its links; {@link Links#NONE} when nothing reaches the minimum score
     */
    public Links linksFor(Article article) {
        LinkableArticle linkable = LinkableArticle.of(article);
        if (!linkable.usable() || linkable.text().isBlank() || properties.maxLinks() == 0) {
            return Links.NONE;
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return linksFor(linkable, searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search related articles of " + article.uri(), e);
        }
    }

    private Links linksFor(LinkableArticle article, IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        CollectionStatistics stats = searcher.collectionStatistics(TEXT);
        if (reader.numDocs() == 0 || stats == null) {
            return Links.NONE;
        }
        TermSignature signature = TermSignature.of(TEXT, article.text(), analyzers.forLanguage(article.language()),
                reader, stats, ownTerms(searcher, article.uri()), properties.maxQueryTerms());
        if (signature.selfScore() <= 0 || ((BooleanQuery) signature.query()).clauses().isEmpty()) {
            return Links.NONE;
        }
        List<Candidate> candidates = candidates(searcher, query(article, signature.query()), signature.selfScore());
        return select(article, candidates, signature, reader, stats.docCount());
    }

    /** The terms of the indexed version of {@code uri}; empty when it is not indexed. */
    private static Set<BytesRef> ownTerms(IndexSearcher searcher, String uri) throws IOException {
        ScoreDoc[] self = searcher.search(new TermQuery(new Term(URI, uri)), 1).scoreDocs;
        if (self.length == 0) {
            return Set.of();
        }
        Terms vector = searcher.getIndexReader().termVectors().get(self[0].doc, TEXT);
        if (vector == null) {
            return Set.of();
        }
        Set<BytesRef> terms = new HashSet<>();
        TermsEnum iterator = vector.iterator();
        for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
            terms.add(BytesRef.deepCopyOf(term));
        }
        return terms;
    }

    private Query query(LinkableArticle article, Query like) {
        long t = article.versioncreated().toEpochMilli();
        long window = properties.window().toMillis();
        var query = new BooleanQuery.Builder()
                .add(like, Occur.MUST)
                .add(LongPoint.newRangeQuery(TIME, t - window, t + window), Occur.FILTER)
                .add(new TermQuery(new Term(URI, article.uri())), Occur.MUST_NOT)
                .add(LongPoint.newRangeQuery(EMBARGOED, clock.millis() + 1, Long.MAX_VALUE), Occur.MUST_NOT);
        if (properties.sameLanguage() && article.language() != null) {
            query.add(new TermQuery(new Term(LANGUAGE, article.language())), Occur.FILTER);
        }
        return query.build();
    }

    private List<Candidate> candidates(IndexSearcher searcher, Query query, double self) throws IOException {
        ScoreDoc[] hits = searcher.search(query, properties.candidates()).scoreDocs;
        StoredFields stored = searcher.storedFields();
        List<Candidate> candidates = new ArrayList<>(hits.length);
        for (ScoreDoc hit : hits) {
            Document doc = stored.document(hit.doc, STORED);
            Set<String> subjects = new LinkedHashSet<>();
            for (IndexableField subject : doc.getFields(SUBJECT)) {
                subjects.add(subject.stringValue());
            }
            candidates.add(new Candidate(doc.get(URI), doc.get(HEADLINE), hit.score / self, subjects,
                    doc.get(SECTION), Instant.ofEpochMilli(doc.getField(TIME).numericValue().longValue()),
                    doc.get(DUPLICATE_OF), hit.doc));
        }
        return candidates;
    }

    private Links select(LinkableArticle article, List<Candidate> candidates, TermSignature signature,
            IndexReader reader, long documents) throws IOException {
        String duplicateOf = null;
        double duplicateCosine = 0;
        Cosine cosine = null;
        List<Candidate> related = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (candidate.similarity() >= DUPLICATE_CANDIDATE_SIMILARITY) {
                if (cosine == null) {
                    cosine = new Cosine(signature.vector(), reader, documents);
                }
                double similarity = cosine.with(candidate.docId());
                if (similarity >= properties.duplicateThreshold()) {
                    if (similarity > duplicateCosine) {
                        duplicateCosine = similarity;
                        duplicateOf = candidate.story();
                    }
                    continue;
                }
            }
            if (candidate.similarity() >= properties.minScore()) {
                related.add(candidate);
            }
        }
        Map<Candidate, Double> scores = new HashMap<>();
        related.forEach(candidate -> scores.put(candidate, ranking.score(article, candidate)));
        related.sort(Comparator.comparingDouble((Candidate candidate) -> scores.get(candidate)).reversed());
        Set<String> stories = new HashSet<>();
        if (duplicateOf != null) {
            stories.add(duplicateOf);
        }
        List<RelatedArticle> links = new ArrayList<>();
        for (Candidate candidate : related) {
            if (links.size() == properties.maxLinks()) {
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
        doc.add(new StringField(URI, article.uri(), Field.Store.YES));
        doc.add(new StoredField(HEADLINE, article.headline()));
        if (article.language() != null) {
            doc.add(new StringField(LANGUAGE, article.language(), Field.Store.NO));
        }
        if (article.section() != null) {
            doc.add(new StringField(SECTION, article.section(), Field.Store.YES));
        }
        for (String subject : article.subjects()) {
            doc.add(new StringField(SUBJECT, subject, Field.Store.YES));
        }
        long time = article.versioncreated().toEpochMilli();
        doc.add(new LongPoint(TIME, time));
        doc.add(new StoredField(TIME, time));
        if (article.embargoed() != null) {
            doc.add(new LongPoint(EMBARGOED, article.embargoed().toEpochMilli()));
        }
        if (article.duplicateOf() != null) {
            doc.add(new StoredField(DUPLICATE_OF, article.duplicateOf()));
        }
        doc.add(new Field(TEXT, analyzers.forLanguage(article.language()).tokenStream(TEXT, article.text()),
                TEXT_TYPE));
        return doc;
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
     * Cosine similarity of the article's tf-idf vector (log tf × BM25 idf) with indexed articles' term vectors. Terms
     * the article lacks only add to the candidate's norm; their idf is looked up once per search.
     */
    private static final class Cosine {
        private final Map<String, Double> article;
        private final double articleNorm;
        private final IndexReader reader;
        private final TermVectors termVectors;
        private final long documents;
        private final Map<BytesRef, Double> idf = new HashMap<>();

        Cosine(Map<String, Double> article, IndexReader reader, long documents) throws IOException {
            this.article = article;
            this.articleNorm = Math.sqrt(article.values().stream().mapToDouble(w -> w * w).sum());
            this.reader = reader;
            this.termVectors = reader.termVectors();
            this.documents = documents;
        }

        double with(int docId) throws IOException {
            Terms vector = termVectors.get(docId, TEXT);
            if (vector == null || articleNorm == 0) {
                return 0;
            }
            double dot = 0;
            double norm = 0;
            TermsEnum terms = vector.iterator();
            for (BytesRef term = terms.next(); term != null; term = terms.next()) {
                String text = term.utf8ToString();
                Double articleWeight = article.get(text);
                double weight = (1 + Math.log(terms.totalTermFreq())) * idf(term);
                norm += weight * weight;
                if (articleWeight != null) {
                    dot += weight * articleWeight;
                }
            }
            return norm == 0 ? 0 : dot / (articleNorm * Math.sqrt(norm));
        }

        private double idf(BytesRef term) throws IOException {
            Double cached = idf.get(term);
            if (cached == null) {
                cached = TermSignature.idf(reader.docFreq(new Term(TEXT, term)), documents);
                idf.put(BytesRef.deepCopyOf(term), cached);
            }
            return cached;
        }
    }
}
