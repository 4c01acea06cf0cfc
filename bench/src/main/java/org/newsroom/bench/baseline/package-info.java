/**
 * The physical limits the pipeline is compared with, measured in the same run on the same machine: a raw Kafka
 * producer with the ingest producer's settings, a raw Elasticsearch bulk load of the pipeline's own documents, and a
 * replay of {@code articles.enriched} into a fresh index.
 */
package org.newsroom.bench.baseline;
