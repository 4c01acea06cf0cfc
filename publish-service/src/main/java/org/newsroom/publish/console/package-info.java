/**
 * The editors' console at {@code /console} (role {@code editor}): throughput per stage, agency and section, backlog per
 * consumer group, end-to-end latency, dead letters with replay, and "where is my story". Cross-stage data is read from
 * Kafka (topics, headers, offsets), never from the other services. Subpackages: {@code backlog}, {@code activity},
 * {@code chart}, {@code deadletter}, {@code trace}.
 */
package org.newsroom.publish.console;
