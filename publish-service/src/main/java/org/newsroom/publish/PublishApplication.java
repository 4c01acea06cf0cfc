package org.newsroom.publish;

import java.util.Arrays;
import org.newsroom.publish.replay.ReindexCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point of publish-service: {@code articles.enriched} into Elasticsearch, and the site read API. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PublishApplication {

    /**
     * Starts the service; arguments are Spring Boot's ({@code --key=value}). With {@code reindex} as the first
     * argument, runs {@link ReindexCommand} instead (the rest of the arguments are its own) and exits.
     */
    public static void main(String[] args) {
        if (args.length > 0 && ReindexCommand.NAME.equals(args[0])) {
            ReindexCommand.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        SpringApplication.run(PublishApplication.class, args);
    }
}
