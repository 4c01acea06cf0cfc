/** A load harness of the push API against a real Kafka broker: CPU per request and accept latency, for profiling. */
package org.newsroom.ingest.load;
