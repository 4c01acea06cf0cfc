package org.newsroom.ingest.format.ninjs;

import java.time.Instant;
import org.newsroom.events.Article;
import org.newsroom.ingest.format.WireContext;
import tools.jackson.databind.JsonNode;

/** Maps one major version of ninjs onto the article builder. Stateless. */
interface NinjsMapper {

    /**
     * Fills everything but {@code source}, {@code format} and a derived headline.
     *
     * @param root           the ninjs object
     * @param context        the delivery
     * @param versioncreated the already parsed {@code versioncreated}, receipt time when absent
     * @throws org.newsroom.ingest.format.WireFormatException naming the JSON Pointer of a bad value
     */
    Article.Builder map(JsonNode root, WireContext context, Instant versioncreated);

    /** The body as HTML, or null; used to derive a missing headline. */
    String bodyHtml(JsonNode root);

    /** The raw {@code versioncreated} text. */
    String versioncreated(JsonNode root);

    /** The JSON Pointer of a contract field (e.g. {@code headline}) in this version's spelling. */
    String pointer(String field);
}
