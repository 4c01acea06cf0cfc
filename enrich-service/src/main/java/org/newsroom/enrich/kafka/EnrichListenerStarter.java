package org.newsroom.enrich.kafka;

import org.newsroom.enrich.override.SectionOverridesLoaded;
import org.newsroom.enrich.related.RelatedIndexRebuilt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * Starts the listener containers (enrichment, and the re-emitting section-override listener) once the related index is
 * rebuilt from {@code articles.enriched} and the editors' decisions are loaded from {@code articles.section-overrides},
 * so no article is linked against a partial index or misses a decision. The two are reported on their followers'
 * threads, in either order.
 */
@Component
class EnrichListenerStarter {

    private static final Logger log = LoggerFactory.getLogger(EnrichListenerStarter.class);

    private final KafkaListenerEndpointRegistry registry;
    private RelatedIndexRebuilt rebuilt;
    private SectionOverridesLoaded loaded;

    EnrichListenerStarter(KafkaListenerEndpointRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    synchronized void onRebuilt(RelatedIndexRebuilt event) {
        rebuilt = event;
        startWhenReady();
    }

    @EventListener
    synchronized void onLoaded(SectionOverridesLoaded event) {
        loaded = event;
        startWhenReady();
    }

    private void startWhenReady() {
        if (rebuilt == null || loaded == null) {
            return;
        }
        for (MessageListenerContainer container : registry.getListenerContainers()) {
            if (!container.isRunning()) {
                container.start();
                log.atInfo().addKeyValue("listener", container.getListenerId())
                        .addKeyValue("related_articles", rebuilt.articles())
                        .addKeyValue("section_overrides", loaded.overrides()).log("listener started");
            }
        }
    }
}
