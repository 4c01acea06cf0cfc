package org.newsroom.enrich.related;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
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
import org.apache.lucene.util.BytesRef;

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
    private final Map<String, Integer> frequencies;
    private final Map<String, Double> idf;

    private TermSignature(Query query, double selfScore, Map<String, Integer> frequencies, Map<String, Double> idf) {
        this.query = query;
        this.selfScore = selfScore;
        this.frequencies = frequencies;
        this.idf = idf;
    }

    /**
     * @param field     the indexed text field
     * @param text      the article's text
     * @param analyzer  its language's analyzer
     * @param docFreqs  document frequencies in the index searched
     * @param stats     collection statistics of {@code field} in {@code reader}
     * @param own       terms of the indexed earlier version of the article; empty when none
     * @param maxTerms  terms in the signature, and at most in the query
     */
    static TermSignature of(String field, String text, Analyzer analyzer, DocFreqCache.DocFreqs docFreqs,
            CollectionStatistics stats, Set<BytesRef> own, int maxTerms) throws IOException {
        Map<String, Integer> frequencies = frequencies(field, text, analyzer);
        long documents = stats.docCount() - (own.isEmpty() ? 0 : 1) + 1;
        Map<String, Double> idf = new HashMap<>(frequencies.size() * 2);
        Map<String, Integer> others = new HashMap<>(frequencies.size() * 2);
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(frequencies.size());
        for (Map.Entry<String, Integer> entry : frequencies.entrySet()) {
            BytesRef bytes = new BytesRef(entry.getKey());
            int df = Math.max(0, docFreqs.docFreq(field, bytes) - (own.contains(bytes) ? 1 : 0));
            double termIdf = idf(df + 1, documents);
            idf.put(entry.getKey(), termIdf);
            others.put(entry.getKey(), df);
            ranked.add(Map.entry(entry.getKey(), entry.getValue() * termIdf));
        }
        ranked.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
        if (ranked.isEmpty()) {
            return new TermSignature(new BooleanQuery.Builder().build(), 0, frequencies, idf);
        }
        int length = frequencies.values().stream().mapToInt(Integer::intValue).sum();
        double averageLength = (double) stats.sumTotalTermFreq() / stats.docCount();
        double norm = K1 * (1 - B + B * length / averageLength);
        double best = ranked.get(0).getValue();
        var query = new BooleanQuery.Builder();
        int queryTerms = 0;
        double selfScore = 0;
        for (int i = 0; i < ranked.size() && (i < maxTerms || queryTerms < maxTerms); i++) {
            Map.Entry<String, Double> term = ranked.get(i);
            float boost = (float) (term.getValue() / best);
            if (i < maxTerms) {
                int tf = frequencies.get(term.getKey());
                selfScore += boost * idf.get(term.getKey()) * tf / (tf + norm);
            }
            if (queryTerms < maxTerms && others.get(term.getKey()) > 0) {
                query.add(new BoostQuery(new TermQuery(new Term(field, term.getKey())), boost), Occur.SHOULD);
                queryTerms++;
            }
        }
        return new TermSignature(query.build(), selfScore, frequencies, idf);
    }

    /** BM25's idf, {@code ln(1 + (N − df + 0.5) / (df + 0.5))}. */
    static double idf(long df, long documents) {
        return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
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
        Map<String, Double> vector = new HashMap<>(frequencies.size() * 2);
        frequencies.forEach((term, tf) -> vector.put(term, (1 + Math.log(tf)) * idf.get(term)));
        return vector;
    }

    private static Map<String, Integer> frequencies(String field, String text, Analyzer analyzer) throws IOException {
        Map<String, Integer> frequencies = new HashMap<>();
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (term.length() >= MIN_TERM_LENGTH) {
                    frequencies.merge(term.toString(), 1, Integer::sum);
                }
            }
            tokens.end();
        }
        return frequencies;
    }
}
