/**
 * Fault-injection tests: the three services run as processes on real Kafka and Elasticsearch, a deterministic set of
 * stories is pushed while one fault is injected (a crash, a broker or node outage, poison records, rebalances), and
 * the final index is compared with the expected set exactly. Each test prints its accounting.
 */
package org.newsroom.pipeline.fault;
