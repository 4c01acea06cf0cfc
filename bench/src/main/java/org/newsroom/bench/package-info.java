/**
 * The benchmark of the whole pipeline ({@code org.newsroom.bench.Bench}): starts its own Kafka, Elasticsearch and
 * services, drives the ingest API with an open-loop load (fixed arrival rate; latency measured from each request's
 * intended send time, so a stalled server cannot hide its stall: Gil Tene's "coordinated omission"), measures
 * received→searchable latency, ingest accept latency, sustained throughput and peak memory, and compares the
 * pipeline with the physical limits measured in the same run ({@link org.newsroom.bench.baseline}).
 */
package org.newsroom.bench;
