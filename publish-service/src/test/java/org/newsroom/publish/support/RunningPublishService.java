package org.newsroom.publish.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsroom.infra.junit.LocalInfra;
import org.newsroom.publish.PublishApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** publish-service in this JVM, on a free port, against the given real Kafka and Elasticsearch. Closing stops it. */
public final class RunningPublishService implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private RunningPublishService(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * @param infra               the run's broker and node
     * @param elasticsearchUri    where the service finds Elasticsearch (the node, or a proxy in front of it)
     * @param properties          further {@code key=value} properties; may be empty
     */
    public static RunningPublishService start(LocalInfra infra, String elasticsearchUri,
            Map<String, String> properties) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + infra.kafka().bootstrapServers(),
                "--newsroom.elasticsearch.uris=" + elasticsearchUri,
                "--newsroom.publish.kafka.partitions=" + EnrichedStream.PARTITIONS,
                "--logging.structured.format.console=",
                "--logging.level.org.apache.kafka=WARN"));
        properties.forEach((key, value) -> args.add("--" + key + "=" + value));
        return new RunningPublishService(new SpringApplicationBuilder(PublishApplication.class)
                .run(args.toArray(String[]::new)));
    }

    /** @see #start(LocalInfra, String, Map) with the node itself and no further properties */
    public static RunningPublishService start(LocalInfra infra) {
        return start(infra, infra.elasticsearch().httpUri().toString(), Map.of());
    }

    /** Arguments for {@code ReindexCommand.run} against the run's broker and node, as the service's own. */
    public static String[] reindexArguments(LocalInfra infra) {
        return new String[] {
                "--spring.kafka.bootstrap-servers=" + infra.kafka().bootstrapServers(),
                "--newsroom.elasticsearch.uris=" + infra.elasticsearch().httpUri(),
                "--newsroom.publish.kafka.partitions=" + EnrichedStream.PARTITIONS};
    }

    /** Base URL of the site API, e.g. {@code http://127.0.0.1:PORT}. */
    public String url() {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** A bean of the running service. */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
