package org.newsroom.enrich;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point of enrich-service: {@code articles.ingested} in, {@code articles.enriched} out. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EnrichApplication {

    /** Starts the service; arguments are Spring Boot's ({@code --key=value}). */
    public static void main(String[] args) {
        SpringApplication.run(EnrichApplication.class, args);
    }
}
