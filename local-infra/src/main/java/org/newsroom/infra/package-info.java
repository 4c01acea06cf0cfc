/**
 * Real local infrastructure without Docker: a Kafka broker in KRaft combined mode run from the {@code kafka_2.13}
 * jars ({@link org.newsroom.infra.LocalKafka}), an Elasticsearch node from the {@code integ-test-zip} distribution
 * ({@link org.newsroom.infra.LocalElasticsearch}) and the project's Spring Boot jars
 * ({@link org.newsroom.infra.ServiceProcess}), each a detached child process bound to 127.0.0.1.
 *
 * <p>Every component keeps its state, log and pid file in a work directory, so a later process can attach to it
 * ({@code attach}) or stop it; starting where one is already running reuses it. Processes that this JVM started are
 * stopped when it exits unless {@link org.newsroom.infra.ExitPolicy#leaveRunning()} was called. Only the run command,
 * tests and benchmarks depend on this package; production code never does.
 */
package org.newsroom.infra;
