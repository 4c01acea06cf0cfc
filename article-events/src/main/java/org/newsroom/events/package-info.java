/**
 * The event contract shared by every service: the {@link org.newsroom.events.Article} record (ninjs 1.x field names),
 * its {@link org.newsroom.events.Enrichment}, topic and header names, and the JSON codec.
 *
 * <p>Services compile against this package and never against each other. Records reject bad values in their
 * constructors, so an instance is always a valid event.
 */
package org.newsroom.events;
