/**
 * "Where is my story": a URI's records on {@code articles.ingested}, {@code articles.enriched} and the dead-letter
 * topics (found through an index the console keeps while it follows the topics), with each stage's timestamps and
 * decisions, and the Elasticsearch document.
 */
package org.newsroom.publish.console.trace;
