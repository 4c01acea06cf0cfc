/** IPTC ninjs (News in JSON), https://iptc.org/standards/ninjs/. */
package org.newsroom.ingest.format.ninjs;
