/**
 * enrich-service: cleans the body, settles language and section, links related articles, in one Kafka transaction
 * per record (read_committed in, offsets committed with the output).
 */
package org.newsroom.enrich;
