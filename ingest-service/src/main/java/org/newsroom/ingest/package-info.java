/** ingest-service: authenticates agencies, parses wire formats into {@link org.newsroom.events.Article} events, produces them. */
package org.newsroom.ingest;
