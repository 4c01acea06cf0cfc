package org.newsroom.enrich.override;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.newsroom.events.Article;

/**
 * A URI's current record on {@code articles.enriched}: its highest (version, revision) article.
 *
 * @param record      the record, for its headers and position
 * @param article     the decoded article
 * @param maxRevision the highest revision seen of {@code article}'s version (compaction may have removed the record
 *                    with the highest one; the override's own revision floor covers that)
 */
record CurrentRecord(ConsumerRecord<String, byte[]> record, Article article, int maxRevision) {
}
