/** Fault injection between publish-service and the real Elasticsearch node: a small HTTP proxy of our own. */
package org.newsroom.publish.fault;
