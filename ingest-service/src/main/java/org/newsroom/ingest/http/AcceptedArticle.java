package org.newsroom.ingest.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The 202 answer for one accepted story.
 *
 * @param uri      the article URI it was stored under
 * @param version  its version
 * @param warnings what ingest repaired or derived (e.g. a headline derived from the body); omitted when none
 */
record AcceptedArticle(String uri, long version, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> warnings) {
}
