package org.newsroom.ingest.agency;

/**
 * An agency that delivers stories.
 *
 * @param id        short agency id, recorded as the article's {@code source}; never blank
 * @param namespace URI namespace given to wire ids that are not URIs already: {@code urn:newsroom:<namespace>:<id>}
 */
public record Agency(String id, String namespace) {
}
