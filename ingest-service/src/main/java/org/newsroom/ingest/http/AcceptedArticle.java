package org.newsroom.ingest.http;

/**
 * The 202 answer for one accepted story.
 *
 * @param uri     the article URI it was stored under
 * @param version its version
 */
record AcceptedArticle(String uri, long version) {
}
