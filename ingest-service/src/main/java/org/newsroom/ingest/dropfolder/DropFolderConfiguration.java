package org.newsroom.ingest.dropfolder;

import java.time.Clock;
import org.newsroom.ingest.agency.AgencyProperties;
import org.newsroom.ingest.delivery.DocumentDelivery;
import org.newsroom.ingest.format.WireParsers;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Scans the drop folders every {@code scan-interval} when {@code newsroom.ingest.drop-folder.enabled=true}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("newsroom.ingest.drop-folder.enabled")
@EnableScheduling
class DropFolderConfiguration implements SchedulingConfigurer {

    private final DropFolderProperties properties;
    private final DropFolderScanner scanner;

    DropFolderConfiguration(DropFolderProperties properties, AgencyProperties agencies, WireParsers parsers,
            DocumentDelivery delivery) {
        this.properties = properties;
        this.scanner = new DropFolderScanner(properties, agencies, parsers, delivery, Clock.systemUTC());
    }

    @Bean
    DropFolderScanner dropFolderScanner() {
        return scanner;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(() -> {
            scanner.scanOnce();
            scanner.forgetMissing();
        }, properties.scanInterval());
    }
}
