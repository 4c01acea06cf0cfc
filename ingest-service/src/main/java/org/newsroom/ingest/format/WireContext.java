package org.newsroom.ingest.format;

import java.nio.charset.Charset;
import java.time.Instant;

/**
 * What a parser knows about a delivery besides its bytes.
 *
 * @param agencyId         the delivering agency, recorded as {@code source}; never blank
 * @param namespace        URI namespace for wire ids that are not URIs already
 * @param receivedAt       when ingest received the bytes; the fallback for a missing {@code versioncreated}
 * @param transportCharset the {@code charset} parameter of the delivery's Content-Type (or of the feed server's
 *                         answer); null when none was given. XML parsers use it after the BOM and the XML declaration.
 */
public record WireContext(String agencyId, String namespace, Instant receivedAt, Charset transportCharset) {

    /** A context without a transport charset. */
    public WireContext(String agencyId, String namespace, Instant receivedAt) {
        this(agencyId, namespace, receivedAt, null);
    }

    /** The article URI for a wire id: the id itself when it has a URI scheme, else {@code urn:newsroom:<ns>:<id>}. */
    public String articleUri(String wireId) {
        String id = wireId.strip();
        return id.matches("[A-Za-z][A-Za-z0-9+.-]*:.+") ? id : namespacedUri(id);
    }

    /**
     * The article URI for an id that only the agency's feed makes unique (an RSS guid or link, an Atom id):
     * always {@code urn:newsroom:<ns>:<id>}, so one agency's feed can never name another agency's story.
     */
    public String namespacedUri(String wireId) {
        return "urn:newsroom:" + namespace + ":" + wireId.strip();
    }
}
