/** The agencies' push API, {@code POST /api/v1/articles}, and its RFC 9457 problem responses. */
package org.newsroom.ingest.http;
