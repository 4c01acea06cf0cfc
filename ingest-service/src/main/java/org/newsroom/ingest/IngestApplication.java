package org.newsroom.ingest;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point of ingest-service: wire stories in, {@code articles.ingested} out. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IngestApplication {

    /** Starts the service; arguments are Spring Boot's ({@code --key=value}). */
    public static void main(String[] args) {
        SpringApplication.run(IngestApplication.class, args);
    }
}
