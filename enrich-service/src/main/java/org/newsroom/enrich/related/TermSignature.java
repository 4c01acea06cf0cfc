package org.newsroom.enrich.related;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.SmallFloat;

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
    private final String[] queryTerms;
    private final float[] queryBoosts;
    private final double[] queryIdf;
    private final double averageLength;

    private TermSignature(Query query, double selfScore, String[] terms, int[] frequencies, double[] idf,
            String[] queryTerms, float[] queryBoosts, double[] queryIdf, double averageLength) {
        this.query = query;
        this.selfScore = selfScore;
        this.terms = terms;
        this.frequencies = frequencies;
        this.idf = idf;
        this.queryTerms = queryTerms;
        this.queryBoosts = queryBoosts;
        this.queryIdf = queryIdf;
        this.averageLength = averageLength;
    }

    /** Document frequency of a term among the other articles (the article's own versions left out). */
    @FunctionalInterface
    interface DocFreq {
        /** @return articles other than this one that have {@code term}; ≥ 0 */
        int of(String term) throws IOException;
    }

    /**
     * @param text          the article's text
     * @param analyzer      its language's analyzer
     * @param field         the indexed text field
     * @param others        document frequencies among the other articles
     * @param otherDocs     the other articles (with the text field)
     * @param averageLength their average text length in tokens, BM25's avgdl; positive
     * @param maxTerms      terms in the signature, and at most in the query
     */
    static TermSignature of(String text, Analyzer analyzer, String field, DocFreq others, long otherDocs,
            double averageLength, int maxTerms) throws IOException {
        Map<String, int[]> counted = frequencies(field, text, analyzer);
        int size = counted.size();
        String[] terms = new String[size];
        int[] frequencies = new int[size];
        int[] docFreqs = new int[size];
        double[] idf = new double[size];
        double[] weight = new double[size];
        long documents = otherDocs + 1;
        int length = 0;
        int n = 0;
        for (Map.Entry<String, int[]> entry : counted.entrySet()) {
            String term = entry.getKey();
            int tf = entry.getValue()[0];
            int df = Math.max(0, others.of(term));
            terms[n] = term;
            frequencies[n] = tf;
            docFreqs[n] = df;
            idf[n] = idf(df + 1, documents);
            weight[n] = tf * idf[n];
            length += tf;
            n++;
        }
        if (size == 0) {
            return new TermSignature(new BooleanQuery.Builder().build(), 0, terms, frequencies, idf, new String[0],
                    new float[0], new double[0], averageLength);
        }
        Integer[] ranked = new Integer[size];
        for (int i = 0; i < size; i++) {
            ranked[i] = i;
        }
        Arrays.sort(ranked, (x, y) -> Double.compare(weight[y], weight[x]));
        double norm = K1 * (1 - B + B * length / averageLength);
        double best = weight[ranked[0]];
        var query = new BooleanQuery.Builder();
        String[] queryTerms = new String[Math.min(size, maxTerms)];
        float[] queryBoosts = new float[queryTerms.length];
        double[] queryIdf = new double[queryTerms.length];
        int queryTermCount = 0;
        double selfScore = 0;
        for (int i = 0; i < size && (i < maxTerms || queryTermCount < maxTerms); i++) {
            int term = ranked[i];
            float boost = (float) (weight[term] / best);
            if (i < maxTerms) {
                int tf = frequencies[term];
                selfScore += boost * idf[term] * tf / (tf + norm);
            }
            if (queryTermCount < maxTerms && docFreqs[term] > 0) {
                query.add(new BoostQuery(new TermQuery(new Term(field, terms[term])), boost), Occur.SHOULD);
                queryTerms[queryTermCount] = terms[term];
                queryBoosts[queryTermCount] = boost;
                queryIdf[queryTermCount] = idf(docFreqs[term], otherDocs);
                queryTermCount++;
            }
        }
        return new TermSignature(query.build(), selfScore, terms, frequencies, idf,
                Arrays.copyOf(queryTerms, queryTermCount), Arrays.copyOf(queryBoosts, queryTermCount),
                Arrays.copyOf(queryIdf, queryTermCount), averageLength);
    }

    /**
     * The BM25 score {@link #query()} gives a document not in the searcher, by Lucene's formula ({@code
     * BM25Similarity}: boost × idf × tf / (tf + k1 (1 − b + b · dl / avgdl)), the length rounded as Lucene's norms
     * store it), with the idf over the other articles.
     *
     * @param frequencies the document's terms and their counts
     * @param length      its length in tokens
     */
    double scoreOf(Map<String, Integer> frequencies, int length) {
        double dl = SmallFloat.byte4ToInt(SmallFloat.intToByte4(length));
        double norm = K1 * (1 - B + B * dl / averageLength);
        double score = 0;
        for (int i = 0; i < queryTerms.length; i++) {
            Integer tf = frequencies.get(queryTerms[i]);
            if (tf != null) {
                score += queryBoosts[i] * queryIdf[i] * tf / (tf + norm);
            }
        }
        return score;
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

    /** True when the query has no terms: no other article shares any of the signature's. */
    boolean queriesNothing() {
        return queryTerms.length == 0;
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
