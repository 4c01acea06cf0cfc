package org.newsroom.publish.console.review;

import java.util.Map;

/**
 * An article awaiting an editor's look at its section.
 *
 * @param uri        the article URI
 * @param headline   its headline
 * @param section    the section it was published in
 * @param decision   how enrichment decided it ({@code confidence}, {@code decided_by}, {@code reason}); may be empty
 * @param agency     the agency
 * @param language   its language
 * @param receivedAt when the agency sent it (ISO-8601); may be null
 * @param version    the agency version published
 */
public record ReviewItem(String uri, String headline, String section, Map<String, Object> decision, String agency,
        String language, String receivedAt, long version) {
}
