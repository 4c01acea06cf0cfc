package org.newsroom.enrich.related;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The "more like this" query of one article and the score the article itself would get for it, as Lucene's
 * {@code MoreLikeThis} builds it (the article's terms ranked by tf × idf, the best {@code maxQueryTerms} as boosted
 * term queries) with one difference: document frequencies count the article itself (and not an indexed earlier
 * version of it). So the article's rarest words, which no other article has, rank where they should and weigh in
 * {@link #selfScore()}, computed over the best {@code maxTerms} terms; the query holds the best {@code maxTerms} terms
 * that other articles have, boosted relative to the article's best term. A candidate's BM25 score over
 * {@link #selfScore()} is then the share of the article's signature it covers, comparable across articles.
 */
final class TermSignature {

    static final double K1 = 1.2;
    static final double B = 0.75;
    private static final int MIN_TERM_LENGTH = 2;

    private final Query query;
    private final double selfScore;
    private final String[] terms;
    private final int[] frequencies;
    private final double[] idf;

    private TermSignature(Query query, double selfScore, String[] terms, int[] frequencies, double[] idf) {
        this.query = query;
        this.selfScore = selfScore;
        this.terms = terms;
        this.frequencies = frequencies;
        this.idf = idf;
    }

    /**
     * @param text      the article's text
     * @param analyzer  its language's analyzer
     * @param docFreqs  document frequencies of the indexed text field in the index searched
     * @param stats     collection statistics of that field
     * @param own       terms of the indexed earlier version of the article; empty when none
     * @param maxTerms  terms in the signature, and at most in the query
     */
    static TermSignature of(String text, Analyzer analyzer, DocFreqCache.DocFreqs docFreqs,
            CollectionStatistics stats, Set<String> own, int maxTerms) throws IOException {
        Map<String, int[]> counted = frequencies(docFreqs.field(), text, analyzer);
        int size = counted.size();
        String[] terms = new String[size];
        int[] frequencies = new int[size];
        double[] idf = new double[size];
        boolean[] inOthers = new boolean[size];
        double[] weight = new double[size];
        long documents = stats.docCount() - (own.isEmpty() ? 0 : 1) + 1;
        int length = 0;
        int n = 0;
        for (Map.Entry<String, int[]> entry : counted.entrySet()) {
            String term = entry.getKey();
            int tf = entry.getValue()[0];
            int df = Math.max(0, docFreqs.docFreq(term) - (own.contains(term) ? 1 : 0));
            terms[n] = term;
            frequencies[n] = tf;
            idf[n] = idf(df + 1, documents);
            inOthers[n] = df > 0;
            weight[n] = tf * idf[n];
            length += tf;
            n++;
        }
        if (size == 0) {
            return new TermSignature(new BooleanQuery.Builder().build(), 0, terms, frequencies, idf);
        }
        Integer[] ranked = new Integer[size];
        for (int i = 0; i < size; i++) {
            ranked[i] = i;
        }
        Arrays.sort(ranked, (x, y) -> Double.compare(weight[y], weight[x]));
        double averageLength = (double) stats.sumTotalTermFreq() / stats.docCount();
        double norm = K1 * (1 - B + B * length / averageLength);
        double best = weight[ranked[0]];
        var query = new BooleanQuery.Builder();
        int queryTerms = 0;
        double selfScore = 0;
        for (int i = 0; i < size && (i < maxTerms || queryTerms < maxTerms); i++) {
            int term = ranked[i];
            float boost = (float) (weight[term] / best);
            if (i < maxTerms) {
                int tf = frequencies[term];
                selfScore += boost * idf[term] * tf / (tf + norm);
            }
            if (queryTerms < maxTerms && inOthers[term]) {
                query.add(new BoostQuery(new TermQuery(new Term(docFreqs.field(), terms[term])), boost),
                        Occur.SHOULD);
                queryTerms++;
            }
        }
        return new TermSignature(query.build(), selfScore, terms, frequencies, idf);
    }

    /**
     * BM25's idf, {@code ln(1 + (N − df + 0.5) / (df + 0.5))}, with {@code df} capped at {@code N}: always positive.
     * A cached count ({@link DocFreqCache}) can exceed the documents now in the index once kills and expired articles
     * are merged away, and a negative idf made a negative term boost that Lucene refuses.
     */
    static double idf(long df, long documents) {
        long capped = Math.min(df, documents);
        return Math.log(1 + (documents - capped + 0.5) / (capped + 0.5));
    }

    /** The boosted term query over the signature's terms that other articles have; may have no clauses. */
    Query query() {
        return query;
    }

    /** BM25 score (Lucene's formula, k1 = 1.2, b = 0.75) of the article itself for its whole signature; ≥ 0. */
    double selfScore() {
        return selfScore;
    }

    /** The article's tf-idf vector, log tf × idf, for cosine similarity. */
    Map<String, Double> vector() {
        Map<String, Double> vector = new HashMap<>(terms.length * 2);
        for (int i = 0; i < terms.length; i++) {
            vector.put(terms[i], (1 + Math.log(frequencies[i])) * idf[i]);
        }
        return vector;
    }

    private static Map<String, int[]> frequencies(String field, String text, Analyzer analyzer) throws IOException {
        Map<String, int[]> frequencies = new HashMap<>();
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (term.length() >= MIN_TERM_LENGTH) {
                    frequencies.computeIfAbsent(term.toString(), key -> new int[1])[0]++;
                }
            }
            tokens.end();
        }
        return frequencies;
    }
}
