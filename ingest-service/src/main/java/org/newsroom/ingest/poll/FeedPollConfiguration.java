package org.newsroom.ingest.poll;

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

/** Polls the configured feeds every {@code interval} when {@code newsroom.ingest.poll.enabled=true}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("newsroom.ingest.poll.enabled")
@EnableScheduling
class FeedPollConfiguration implements SchedulingConfigurer {

    private final FeedPollProperties properties;
    private final FeedPoller poller;

    FeedPollConfiguration(FeedPollProperties properties, AgencyProperties agencies, WireParsers parsers,
            DocumentDelivery delivery) {
        this.properties = properties;
        this.poller = new FeedPoller(properties, agencies, parsers, delivery, Clock.systemUTC());
    }

    @Bean
    FeedPoller feedPoller() {
        return poller;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(poller::pollOnce, properties.interval());
    }
}
