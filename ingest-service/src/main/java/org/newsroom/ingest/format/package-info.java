/**
 * Wire formats: one {@link org.newsroom.ingest.format.WireParser} per format, in a package of its own, each turning
 * the agency's bytes into {@link org.newsroom.events.Article} events. Never imports {@code http} or {@code kafka}.
 */
package org.newsroom.ingest.format;
