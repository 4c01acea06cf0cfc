package org.newsroom.events;

/**
 * An item associated with an article (ninjs {@code associations} value): a picture, a related story, …
 *
 * @param uri      the associated item's URI; never blank
 * @param type     ninjs item type ({@code text}, {@code picture}, …); may be null
 * @param headline the item's headline; may be null
 */
public record Association(String uri, String type, String headline) {

    /** @throws IllegalArgumentException when {@code uri} is null or blank */
    public Association {
        if (uri == null || uri.isBlank()) {
            throw new IllegalArgumentException("association uri must not be blank");
        }
    }
}
