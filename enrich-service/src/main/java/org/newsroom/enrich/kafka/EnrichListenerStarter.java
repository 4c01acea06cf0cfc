package org.newsroom.enrich.kafka;

import org.newsroom.enrich.related.RelatedIndexRebuilt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.stereotype.Component;

/**
 * Starts the enrich listener container once the related index is rebuilt from {@code articles.enriched}, so no article
 * is linked against a partial index.
 */
@Component
class EnrichListenerStarter {

    private static final Logger log = LoggerFactory.getLogger(EnrichListenerStarter.class);

    private final KafkaListenerEndpointRegistry registry;

    EnrichListenerStarter(KafkaListenerEndpointRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    void onRebuilt(RelatedIndexRebuilt rebuilt) {
        var container = registry.getListenerContainer(EnrichListener.ID);
        if (container != null && !container.isRunning()) {
            container.start();
            log.atInfo().addKeyValue("related_articles", rebuilt.articles()).log("enrich listener started");
        }
    }
}
