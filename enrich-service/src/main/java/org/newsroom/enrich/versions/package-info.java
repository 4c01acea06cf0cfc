/**
 * What {@code articles.enriched} already holds per URI (the newest version, and whether the story was killed), so that
 * enrich never appends an older or a killed story after it: the topic is compacted, and its last record per URI is
 * what a rebuilt index (reindex, a new enrich instance) takes as the story.
 */
package org.newsroom.enrich.versions;
