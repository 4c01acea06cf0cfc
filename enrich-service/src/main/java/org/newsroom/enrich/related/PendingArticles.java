package org.newsroom.enrich.related;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Articles this instance has just linked that the index's searcher does not show yet: the write-through that lets the
 * next article link the one enriched just before it (the first stories of an event, often in one poll) without an
 * index reopen per article. Each is held with its analyzed term frequencies, so {@link RelatedIndex} scores it by hand
 * as Lucene's BM25 would. An article leaves once the index follower has indexed its URI from {@code
 * articles.enriched} and a refresh made that visible ({@link #handOver}, {@link #handedOver}, {@link #visible}), when
 * its URI is removed, or after {@link #TTL} (its transaction was rolled back and it was not re-sent) or beyond
 * {@link #MAX} articles, oldest first (a lagging follower; it shows up once the follower has read it). Thread-safe.
 */
final class PendingArticles {

    /** The most articles held; beyond it the oldest leave (scoring by hand costs per article held). */
    static final int MAX = 1_000;
    /** The longest an article is held waiting for the follower. */
    static final Duration TTL = Duration.ofMinutes(5);

    /**
     * One article written through.
     *
     * @param article     what linking needs of it
     * @param frequencies its analyzed terms (every token of the indexed field) and their counts
     * @param length      its token count, the field length BM25 normalises by
     * @param addedNanos  {@link System#nanoTime()} when it was added
     */
    record Pending(LinkableArticle article, Map<String, Integer> frequencies, int length, long addedNanos) {

        /**
         * @param article  the article
         * @param analyzer its language's analyzer, as the index uses for its text field
         * @param field    the index's text field
         */
        static Pending of(LinkableArticle article, Analyzer analyzer, String field) throws IOException {
            Map<String, Integer> frequencies = new HashMap<>();
            int length = 0;
            try (TokenStream tokens = analyzer.tokenStream(field, article.text())) {
                CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
                tokens.reset();
                while (tokens.incrementToken()) {
                    frequencies.merge(term.toString(), 1, Integer::sum);
                    length++;
                }
                tokens.end();
            }
            return new Pending(article, Map.copyOf(frequencies), length, System.nanoTime());
        }
    }

    private final Map<String, Pending> byUri = new LinkedHashMap<>();
    private final Map<String, Integer> docFreqs = new HashMap<>();
    private final Set<Pending> handedOver = Collections.newSetFromMap(new IdentityHashMap<>());
    private volatile int size;

    /** Holds {@code pending}, replacing an article held under the same URI. */
    synchronized void add(Pending pending) {
        forget(byUri.remove(pending.article().uri()));
        byUri.put(pending.article().uri(), pending);
        pending.frequencies().keySet().forEach(term -> docFreqs.merge(term, 1, Integer::sum));
        expire();
    }

    /** Lets go of the article held under {@code uri}, if any. */
    synchronized void remove(String uri) {
        forget(byUri.remove(uri));
        size = byUri.size();
    }

    /** Lets go of the articles created before {@code cutoffMillis} (epoch ms). */
    synchronized void removeCreatedBefore(long cutoffMillis) {
        for (Iterator<Pending> it = byUri.values().iterator(); it.hasNext(); ) {
            Pending pending = it.next();
            if (pending.article().versioncreated().toEpochMilli() < cutoffMillis) {
                it.remove();
                forget(pending);
            }
        }
        size = byUri.size();
    }

    /** The follower has indexed {@code uri}: the article held under it may go once a refresh shows that. */
    synchronized void handOver(String uri) {
        Pending pending = byUri.get(uri);
        if (pending != null) {
            handedOver.add(pending);
        }
    }

    /** The articles handed over so far; take them before a refresh and pass them to {@link #visible} after it. */
    synchronized List<Pending> handedOver() {
        return handedOver.isEmpty() ? List.of() : new ArrayList<>(handedOver);
    }

    /** A refresh made {@code shown} visible: those still held (not replaced or removed since) go. */
    synchronized void visible(List<Pending> shown) {
        for (Pending pending : shown) {
            if (byUri.get(pending.article().uri()) == pending) {
                byUri.remove(pending.article().uri());
                forget(pending);
            }
            handedOver.remove(pending);
        }
        size = byUri.size();
    }

    /** True when none is held; lock-free. */
    boolean isEmpty() {
        return size == 0;
    }

    /** The articles held now, oldest first, those past {@link #TTL} let go. */
    synchronized List<Pending> snapshot() {
        expire();
        return byUri.isEmpty() ? List.of() : new ArrayList<>(byUri.values());
    }

    /** Articles held that have {@code term}. */
    synchronized int docFreq(String term) {
        return docFreqs.getOrDefault(term, 0);
    }

    /** Lets go of the oldest articles beyond {@link #MAX} or past {@link #TTL}. */
    private void expire() {
        long now = System.nanoTime();
        for (Iterator<Pending> it = byUri.values().iterator(); it.hasNext(); ) {
            Pending oldest = it.next();
            if (byUri.size() <= MAX && now - oldest.addedNanos() <= TTL.toNanos()) {
                break;
            }
            it.remove();
            forget(oldest);
        }
        size = byUri.size();
    }

    /** Counts an article no longer held out of the document frequencies and the hand-overs. */
    private void forget(Pending pending) {
        if (pending == null) {
            return;
        }
        handedOver.remove(pending);
        pending.frequencies().keySet().forEach(term -> docFreqs.computeIfPresent(term,
                (key, count) -> count == 1 ? null : count - 1));
    }
}
