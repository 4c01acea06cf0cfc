/**
 * IPTC ninjs (News in JSON), https://iptc.org/standards/ninjs/: one parser, one sibling mapper per major version
 * (1.x lower-case singular fields, 2.x arrays, 3.x camelCase).
 */
package org.newsroom.ingest.format.ninjs;
