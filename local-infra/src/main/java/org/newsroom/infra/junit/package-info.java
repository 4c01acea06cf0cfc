/**
 * JUnit 5 support: {@link org.newsroom.infra.junit.LocalInfraExtension} starts one Kafka broker and one Elasticsearch
 * node per test JVM, on free ports, and stops them when the run ends.
 */
package org.newsroom.infra.junit;
