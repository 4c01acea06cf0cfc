package org.newsroom.enrich.related;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
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

    /** Counts read from {@code reader} where not cached. */
    DocFreqs of(IndexReader reader) {
        Generation current = generation;
        if (System.nanoTime() - current.createdNanos > ttlNanos || current.counts.size() > MAX_TERMS) {
            current = new Generation(System.nanoTime());
            generation = current;
        }
        return new DocFreqs(reader, current);
    }

    /** Document frequencies for one search. */
    static final class DocFreqs {
        private final IndexReader reader;
        private final Generation generation;

        private DocFreqs(IndexReader reader, Generation generation) {
            this.reader = reader;
            this.generation = generation;
        }

        /** Documents holding {@code term} in {@code field}, deleted ones not yet merged away included. */
        int docFreq(String field, BytesRef term) throws IOException {
            Integer cached = generation.counts.get(term);
            if (cached != null) {
                return cached;
            }
            int df = reader.docFreq(new Term(field, term));
            if (df >= MIN_CACHED) {
                generation.counts.put(BytesRef.deepCopyOf(term), df);
            }
            return df;
        }
    }

    private record Generation(long createdNanos, Map<BytesRef, Integer> counts) {
        Generation(long createdNanos) {
            this(createdNanos, new ConcurrentHashMap<>());
        }
    }
}
