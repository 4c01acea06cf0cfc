package org.newsroom.infra.junit;

import org.newsroom.infra.LocalElasticsearch;
import org.newsroom.infra.LocalKafka;

/**
 * The infrastructure of a test run, as a resolvable test parameter.
 *
 * @param kafka         the broker; may not be null
 * @param elasticsearch the node; may not be null
 */
public record LocalInfra(LocalKafka kafka, LocalElasticsearch elasticsearch) {
}
