package org.newsroom.events;

/**
 * A related-article link computed by enrichment.
 *
 * @param uri      the linked article's URI; never blank
 * @param headline its headline at link time; may be null
 * @param score    similarity score, higher is closer; not normalised across articles
 */
public record RelatedArticle(String uri, String headline, double score) {

    /** @throws IllegalArgumentException when {@code uri} is blank */
    public RelatedArticle {
        if (uri == null || uri.isBlank()) {
            throw new IllegalArgumentException("related uri must not be blank");
        }
    }
}
