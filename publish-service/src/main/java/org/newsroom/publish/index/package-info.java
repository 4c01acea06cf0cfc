/**
 * The article index: client, index template and alias, documents, versioned bulk writes with per-item outcomes.
 * Errors are classified by Elasticsearch's {@code error.type} and HTTP status, never by message text.
 */
package org.newsroom.publish.index;
