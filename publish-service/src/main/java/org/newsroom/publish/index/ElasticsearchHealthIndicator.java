package org.newsroom.publish.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** Health of the Elasticsearch cluster: down when unreachable or red. Exposed as {@code elasticsearch}. */
@Component("elasticsearch")
class ElasticsearchHealthIndicator extends AbstractHealthIndicator {

    private final ElasticsearchClient client;

    ElasticsearchHealthIndicator(ElasticsearchClient client) {
        super("Elasticsearch health check failed");
        this.client = client;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        var health = client.cluster().health();
        (health.status() == HealthStatus.Red ? builder.down() : builder.up())
                .withDetail("cluster_name", health.clusterName())
                .withDetail("status", health.status().jsonValue())
                .withDetail("number_of_nodes", health.numberOfNodes());
    }
}
