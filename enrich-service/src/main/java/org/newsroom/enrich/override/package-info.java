/**
 * Editors' section decisions in enrichment. Every instance follows the compacted {@code articles.section-overrides}
 * topic into a {@link org.newsroom.enrich.override.SectionOverrideTable} (group-less, from the beginning; enrichment
 * starts once it is loaded) and applies it to later versions of a URI ({@link
 * org.newsroom.enrich.override.EditorSectionRule}). One instance per override, through the consumer group
 * {@code enrich-service-section-overrides}, re-emits the URI's current {@code articles.enriched} record with the
 * editor's section as a new revision of the same version, in the same Kafka transaction as the override's offset
 * ({@link org.newsroom.enrich.override.SectionOverrideListener}).
 */
package org.newsroom.enrich.override;
