package org.newsroom.ingest.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The answer to a document holding several items (a feed, a NewsML-G2 {@code newsMessage}): 202 when at least one item
 * was accepted, with every item's fate; each accepted item was acknowledged by Kafka.
 *
 * @param items    how many items the document held
 * @param accepted the accepted items, in document order
 * @param rejected the refused items, in document order, each with the reason; sending them again unchanged fails again
 */
record BatchResult(int items, List<Accepted> accepted, List<Rejected> rejected) {

    /**
     * An accepted item.
     *
     * @param index    position in the document, from 0
     * @param uri      the article URI it was stored under
     * @param version  its version
     * @param warnings what ingest repaired or derived; omitted when none
     */
    record Accepted(int index, String uri, long version,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> warnings) {
    }

    /**
     * A refused item.
     *
     * @param index    position in the document, from 0
     * @param id       the item's wire id (guid, link) when readable
     * @param uri      the article URI, when the item got as far as having one
     * @param status   the HTTP status the item alone would have had: 400 invalid, 403 not the agency's story
     * @param type     the problem type URI, as in the problem+json answers
     * @param location XPath or JSON Pointer of the offending field, when known
     * @param detail   what is wrong
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Rejected(int index, String id, String uri, int status, String type, String location,
            @JsonProperty("detail") String detail) {
    }
}
