package org.newsroom.ingest.format;

import java.time.Instant;

/**
 * What a parser knows about a delivery besides its bytes.
 *
 * @param agencyId  the delivering agency, recorded as {@code source}; never blank
 * @param namespace URI namespace for wire ids that are not URIs already
 * @param receivedAt when ingest received the bytes; the fallback for a missing {@code versioncreated}
 */
public record WireContext(String agencyId, String namespace, Instant receivedAt) {

    /** The article URI for a wire id: the id itself when it has a URI scheme, else {@code urn:newsroom:<ns>:<id>}. */
    public String articleUri(String wireId) {
        String id = wireId.strip();
        return id.matches("[A-Za-z][A-Za-z0-9+.-]*:.+") ? id : "urn:newsroom:" + namespace + ":" + id;
    }
}
