package org.newsroom.enrich.related;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Document frequencies of terms, reused across searches for up to a time to live: choosing an article's telling
 * terms needs hundreds of look-ups per search, each across every segment, while the counts move by a few articles a
 * minute. Lucene's BM25 scoring itself always uses the exact counts. Thread-safe.
 */
final class DocFreqCache {

    private static final int MAX_TERMS = 1_000_000;

    /**
     * Counts below this are always read afresh: a few more articles barely move the idf of a common term, but a term
     * cached as absent (or rare) would hide the first stories of a new event from each other for a whole time to live
     * — the breaking-news case, when agencies send the same story seconds apart.
     */
    static final int MIN_CACHED = 16;

    private final long ttlNanos;
    private volatile Generation generation;

    /** @param ttl how long a count is reused; positive */
    DocFreqCache(Duration ttl) {
        this.ttlNanos = ttl.toNanos();
        this.generation = new Generation(System.nanoTime());
    }

    /** Counts of {@code field} read from {@code reader} where not cached; for one search (not thread-safe). */
    DocFreqs of(IndexReader reader, String field) {
        Generation current = generation;
        if (System.nanoTime() - current.createdNanos > ttlNanos || current.counts.size() > MAX_TERMS) {
            current = new Generation(System.nanoTime());
            generation = current;
        }
        return new DocFreqs(reader, field, current);
    }

    /**
     * Document frequencies of one field for one search. A count not cached is read from every segment, each with one
     * terms enumerator for the whole search (a seek per term, no enumerator per look-up).
     */
    static final class DocFreqs {
        private final List<LeafReaderContext> leaves;
        private final String field;
        private final Generation generation;
        private final TermsEnum[] enums;

        private DocFreqs(IndexReader reader, String field, Generation generation) {
            this.leaves = reader.leaves();
            this.field = field;
            this.generation = generation;
            this.enums = new TermsEnum[leaves.size()];
        }

        /** The field counted. */
        String field() {
            return field;
        }

        /** Documents holding {@code term}, deleted ones not yet merged away included. */
        int docFreq(String term) throws IOException {
            Integer cached = generation.counts.get(term);
            if (cached != null) {
                return cached;
            }
            int df = read(new BytesRef(term));
            if (df >= MIN_CACHED) {
                generation.counts.put(term, df);
            }
            return df;
        }

        private int read(BytesRef term) throws IOException {
            int df = 0;
            for (int i = 0; i < enums.length; i++) {
                TermsEnum terms = enums[i];
                if (terms == null) {
                    Terms fieldTerms = leaves.get(i).reader().terms(field);
                    terms = fieldTerms == null ? TermsEnum.EMPTY : fieldTerms.iterator();
                    enums[i] = terms;
                }
                if (terms.seekExact(term)) {
                    df += terms.docFreq();
                }
            }
            return df;
        }
    }

    private record Generation(long createdNanos, Map<String, Integer> counts) {
        Generation(long createdNanos) {
            this(createdNanos, new ConcurrentHashMap<>());
        }
    }
}
