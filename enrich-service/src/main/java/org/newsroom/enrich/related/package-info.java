/**
 * Related-article links: an in-memory Lucene index of the usable articles on {@code articles.enriched} within a time
 * window, rebuilt from that compacted topic at start and kept following it ({@link
 * org.newsroom.enrich.related.RelatedIndexFollower}); per article, more-like-this over headline and body text (BM25,
 * the language's Lucene analyzer), normalised by the article's own score, mildly boosted by shared IPTC subjects,
 * section and recency ({@link org.newsroom.enrich.related.LinkRanking}); near-duplicates become {@code duplicate_of}.
 */
package org.newsroom.enrich.related;
