package org.newsroom.enrich.related;

import java.time.Instant;
import java.util.Set;

/**
 * An indexed article the more-like-this query found for another one.
 *
 * @param uri            its URI
 * @param headline       its headline
 * @param similarity     content similarity to the article being linked: the candidate's BM25 score for the
 *                       article's more-like-this query over the article's own score for it; about 1 for the same text
 * @param subjects       its IPTC subject qcodes
 * @param section        its site section; may be null
 * @param versioncreated when its indexed version was created
 * @param duplicateOf    the URI it near-duplicates itself; may be null
 * @param docId          Lucene document id within the searcher it was found with
 */
record Candidate(String uri, String headline, double similarity, Set<String> subjects, String section,
        Instant versioncreated, String duplicateOf, int docId) {

    /** The story it stands for: the article it near-duplicates, else itself. */
    String story() {
        return duplicateOf != null ? duplicateOf : uri;
    }
}
