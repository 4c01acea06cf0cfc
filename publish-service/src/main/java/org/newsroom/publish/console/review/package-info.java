/**
 * The review queue and editors' section decisions: published articles whose section the classifier was unsure of
 * ({@code needs_review}), newest first, paged and filtered by section, read from the index; an editor confirms or
 * changes the section, which the console writes as a {@link org.newsroom.events.SectionOverride} to the compacted
 * {@code articles.section-overrides} topic, atomically with its audit entry. Enrich applies it (docs/console.md).
 */
package org.newsroom.publish.console.review;
