/**
 * Related-article links: an in-memory Lucene index of the usable articles on {@code articles.enriched} within a time
 * window, rebuilt from that compacted topic at start and kept following it ({@link
 * org.newsroom.enrich.related.RelatedIndexFollower}); per article, more-like-this over headline and body text (BM25,
 * the language's Lucene analyzer), normalised by the article's own score, mildly boosted by shared IPTC subjects,
 * section and recency ({@link org.newsroom.enrich.related.LinkRanking}), kept above a minimum score (one per language
 * where configured); near-duplicates become {@code duplicate_of} (the most similar candidates checked by cosine). The
 * index reopens at most once a second; the articles this instance has just linked are held beside it ({@link
 * org.newsroom.enrich.related.PendingArticles}) and scored by hand until the follower has indexed them, so the next
 * article links them at once. Quality and speed are measured by the test-scoped
 * {@code RelatedEval} command ({@code ./mvnw -pl enrich-service -am process-test-classes -Prelated-eval}).
 *
 * <p>Links are settled once, when an article is enriched; a killed, withheld or embargoed story leaves the index at
 * once, so no later article links it. Articles that linked it earlier keep the URI in their event: the site's read API
 * drops such dead links when it serves an article (one multi-get of the at most k linked ids against the published
 * alias; a link whose document is missing, not usable or still embargoed is left out), rather than enrich re-emitting
 * every article that linked the story (a new event per linking article, with no new agency version to carry it).
 */
package org.newsroom.enrich.related;
