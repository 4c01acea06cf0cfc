/**
 * The {@code ./newsroom} run command: {@code up}, {@code down}, {@code status} and {@code feed} for the whole pipeline
 * (Kafka, Elasticsearch and the three services) on this machine, with its state under {@code .newsroom/}.
 */
package org.newsroom.infra.cli;
