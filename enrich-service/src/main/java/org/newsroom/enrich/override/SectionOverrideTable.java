package org.newsroom.enrich.override;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.newsroom.events.Article;
import org.newsroom.events.SectionDecision;
import org.newsroom.events.SectionOverride;

/**
 * The editors' latest section decision per URI, as on the compacted {@code articles.section-overrides} topic (a
 * table over a changelog, in Kafka Streams' terms). Entries carry their topic offset: a URI's overrides share one
 * partition, so an older offset never replaces a newer one, whichever consumer (the follower or the re-emitting
 * listener) applies it first. Thread-safe.
 */
public final class SectionOverrideTable {

    private record Entry(SectionOverride override, long offset) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    /**
     * @param override a decision read from the topic
     * @param offset   its offset there
     */
    public void put(SectionOverride override, long offset) {
        entries.merge(override.uri(), new Entry(override, offset),
                (old, now) -> now.offset() >= old.offset() ? now : old);
    }

    /** A tombstone of {@code uri} at {@code offset}: the URI has no decision any more. */
    public void remove(String uri, long offset) {
        entries.computeIfPresent(uri, (key, old) -> offset >= old.offset() ? null : old);
    }

    /** The latest decision on {@code uri}. */
    public Optional<SectionOverride> find(String uri) {
        Entry entry = entries.get(uri);
        return entry == null ? Optional.empty() : Optional.of(entry.override());
    }

    /** URIs with a decision. */
    public int size() {
        return entries.size();
    }

    /**
     * The section {@code article} gets: its automatic decision, or the editor's ({@link EditorSectionRule}).
     *
     * @param article   the article being enriched
     * @param automatic what the section rules and classifier decided
     */
    public SectionDecision decide(Article article, SectionDecision automatic) {
        return EditorSectionRule.decide(automatic, article.version(), find(article.uri()).orElse(null));
    }

    /**
     * @return the decision that makes enriching {@code article} pointless: one on the same or a later version (the
     *         decided version is already on {@code articles.enriched} with the editor's section; an older one could
     *         only be superseded, and would displace the newer record in the compacted topic)
     */
    public Optional<SectionOverride> supersedes(Article article) {
        return find(article.uri()).filter(override -> override.version() >= article.version());
    }
}
