package org.newsroom.publish.index;

import jakarta.validation.constraints.NotEmpty;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Connection to Elasticsearch, prefix {@code newsroom.elasticsearch}.
 *
 * @param uris           node HTTP URIs; default {@code http://127.0.0.1:9200}
 * @param connectTimeout TCP connect timeout; default 2 s
 * @param socketTimeout  time to wait for a response; default 30 s (a large bulk on a busy node)
 */
@Validated
@ConfigurationProperties("newsroom.elasticsearch")
public record ElasticsearchProperties(
        @DefaultValue("http://127.0.0.1:9200") @NotEmpty List<URI> uris,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("30s") Duration socketTimeout) {
}
