/** publish-service: the Elasticsearch index as a derived view of {@code articles.enriched}, and the site's read API. */
package org.newsroom.publish;
