/**
 * Replay into a new index: {@code articles-v<N+1>} built from the template by replaying {@code articles.enriched} from
 * the beginning with a consumer group of its own, then the alias {@code articles} swapped to it atomically and the old
 * index removed, while the live publisher keeps writing (the NYT pattern: the index is a derived view of the log).
 * Entry point: {@link org.newsroom.publish.replay.ReindexCommand}.
 */
package org.newsroom.publish.replay;
