package org.newsroom.ingest.agency;

import java.util.List;
import java.util.stream.Stream;

/**
 * An agency that delivers stories.
 *
 * @param id          short agency id, recorded as the article's {@code source}; never blank
 * @param namespace   URI namespace given to wire ids that are not URIs already: {@code urn:newsroom:<namespace>:<id>}
 * @param uriPrefixes further URI prefixes whose stories this agency owns (its own URI scheme, e.g.
 *                    {@code tag:reuters.com,}); never null
 */
public record Agency(String id, String namespace, List<String> uriPrefixes) {

    /** @throws IllegalArgumentException when id or namespace is blank */
    public Agency {
        if (id == null || id.isBlank() || namespace == null || namespace.isBlank()) {
            throw new IllegalArgumentException("agency id and namespace must not be blank");
        }
        uriPrefixes = uriPrefixes == null ? List.of() : List.copyOf(uriPrefixes);
    }

    /** An agency owning only its own namespace. */
    public Agency(String id, String namespace) {
        this(id, namespace, List.of());
    }

    /** Every URI prefix this agency owns: {@code urn:newsroom:<namespace>:} and its {@link #uriPrefixes()}. */
    public List<String> ownedPrefixes() {
        return Stream.concat(Stream.of("urn:newsroom:" + namespace + ":"),
                uriPrefixes.stream()).toList();
    }
}
