package org.newsroom.enrich.related;

import java.util.List;
import org.newsroom.events.RelatedArticle;

/**
 * The links settled for one article.
 *
 * @param related     related articles, best first, at most {@code max-links}; never null
 * @param duplicateOf URI of the indexed article this one near-duplicates; null when none
 */
public record Links(List<RelatedArticle> related, String duplicateOf) {

    /** No links, not a duplicate. */
    public static final Links NONE = new Links(List.of(), null);

    /** Copies {@code related}; a null list means none. */
    public Links {
        related = related == null ? List.of() : List.copyOf(related);
    }
}
