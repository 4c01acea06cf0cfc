package org.newsroom.publish;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point of publish-service: {@code articles.enriched} into Elasticsearch, and the site read API. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PublishApplication {

    /** Starts the service; arguments are Spring Boot's ({@code --key=value}). */
    public static void main(String[] args) {
        SpringApplication.run(PublishApplication.class, args);
    }
}
