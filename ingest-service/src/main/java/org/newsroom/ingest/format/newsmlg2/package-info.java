/**
 * IPTC NewsML-G2 (https://iptc.org/standards/newsml-g2/): a bare {@code newsItem} or a {@code newsMessage} carrying
 * several items; text news items become articles, every other item kind is refused with that reason.
 */
package org.newsroom.ingest.format.newsmlg2;
