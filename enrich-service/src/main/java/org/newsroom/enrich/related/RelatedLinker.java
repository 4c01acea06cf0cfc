package org.newsroom.enrich.related;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.newsroom.events.Article;
import org.newsroom.events.Enrichment;

/**
 * The related-links step of enrichment: fills {@code enrichment.related} and {@code enrichment.duplicate_of} from
 * the {@link RelatedIndex}, then writes the linked article through to it ({@link RelatedIndex#writeThrough}, no index
 * reopen), so stories enriched back to back (the first stories of an event) link each other without waiting for the
 * index follower. Times each lookup as {@code newsroom.enrich.related.lookup}. Thread-safe.
 */
public class RelatedLinker {

    private final RelatedIndex index;
    private final Timer lookups;

    /**
     * @param index  the index following {@code articles.enriched}
     * @param meters where the lookup timer goes
     */
    public RelatedLinker(RelatedIndex index, MeterRegistry meters) {
        this.index = index;
        this.lookups = Timer.builder("newsroom.enrich.related.lookup")
                .description("time to find the related articles of one article")
                .publishPercentiles(0.5, 0.99)
                .register(meters);
    }

    /**
     * @param enriched an article that went through the other enrichment steps; a kill or an article without
     *                 enrichment is returned as it is
     * @return the article with its related links and duplicate_of settled
     */
    public Article link(Article enriched) {
        Enrichment enrichment = enriched.enrichment();
        if (enriched.isKill() || enrichment == null) {
            return enriched;
        }
        Links links = lookups.record(() -> index.linksFor(enriched));
        Article linked = enriched.withEnrichment(enrichment.withRelated(links.related(), links.duplicateOf()));
        // write-through: the next article this instance enriches sees this one at once, not only once the follower
        // has read it back from articles.enriched and indexed it (which it does for every instance's articles)
        index.writeThrough(linked);
        return linked;
    }
}
