package org.newsroom.publish.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsroom.events.ArticleCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The site's index: alias {@value #ALIAS} over a versioned index {@code articles-v<N>} made from the index template
 * {@code index/articles-template.json}. Installs both on first use (idempotent; safe with several instances racing).
 */
@Component
public class ArticleIndex {

    /** The alias the site reads and publish writes. */
    public static final String ALIAS = "articles";

    /** The first versioned index behind the alias. */
    public static final String FIRST_INDEX = "articles-v1";

    private static final Logger log = LoggerFactory.getLogger(ArticleIndex.class);
    private static final String TEMPLATE = "articles";
    private static final String TEMPLATE_RESOURCE = "/index/articles-template.json";

    private final ElasticsearchClient client;
    private volatile boolean ready;

    /** @param client the Elasticsearch client */
    public ArticleIndex(ElasticsearchClient client) {
        this.client = client;
    }

    /**
     * Makes sure the template, the first index and the alias exist. Cheap after the first success.
     *
     * @throws IOException            when Elasticsearch cannot be reached (retriable)
     * @throws ElasticsearchException when Elasticsearch refuses the template (a bug: permanent)
     */
    public void ensureReady() throws IOException {
        if (ready) {
            return;
        }
        try (InputStream template = ArticleIndex.class.getResourceAsStream(TEMPLATE_RESOURCE)) {
            client.indices().putIndexTemplate(t -> t.name(TEMPLATE).withJson(template));
        }
        if (!client.indices().existsAlias(a -> a.name(ALIAS)).value()) {
            try {
                client.indices().create(c -> c.index(FIRST_INDEX).aliases(ALIAS, a -> a.isWriteIndex(true)));
                log.atInfo().addKeyValue("index", FIRST_INDEX).addKeyValue("alias", ALIAS).log("index created");
            } catch (ElasticsearchException e) {
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
            }
        } else {
            addFieldsNewerThanTheIndex();
        }
        ready = true;
    }

    /**
     * Adds to the indices behind the alias the top-level fields the template has gained since they were created, so
     * that new documents are searchable on them at once ({@code PUT _mapping} can add a field, never change one).
     * Documents indexed before are searchable on them only after a reindex ({@code ./newsroom reindex}), which the
     * warning says. An index whose settings are older too (without the analyzers the new fields name) cannot gain
     * them: publishing goes on, and the warning asks for the reindex.
     */
    @SuppressWarnings("unchecked")
    private void addFieldsNewerThanTheIndex() throws IOException {
        Map<String, Object> properties = (Map<String, Object>) ((Map<String, Object>) template().get("mappings"))
                .get("properties");
        var existing = client.indices().getMapping(m -> m.index(ALIAS)).result();
        for (var index : existing.entrySet()) {
            Map<String, Object> missing = new LinkedHashMap<>(properties);
            missing.keySet().removeAll(index.getValue().mappings().properties().keySet());
            if (missing.isEmpty()) {
                continue;
            }
            String body = ArticleCodec.mapper().writeValueAsString(Map.of("properties", missing));
            try {
                client.indices().putMapping(m -> m.index(index.getKey()).withJson(new StringReader(body)));
                log.atWarn().addKeyValue("index", index.getKey()).addKeyValue("fields", missing.keySet())
                        .log("index predates these fields of the template: added them; documents indexed before"
                                + " are searchable on them after ./newsroom reindex");
            } catch (ElasticsearchException e) {
                log.atWarn().addKeyValue("index", index.getKey()).addKeyValue("fields", missing.keySet())
                        .addKeyValue("reason", e.getMessage())
                        .log("index predates these fields of the template and cannot gain them (its settings are"
                                + " older too): documents are written without them, so search misses them until"
                                + " ./newsroom reindex");
            }
        }
    }

    /** Makes the next {@link #ensureReady()} check again: the index may have gone. */
    void forget() {
        ready = false;
    }

    /** Installs template, index and alias at start-up, so the site finds them before the first article arrives. */
    @EventListener(ApplicationReadyEvent.class)
    void installAtStartup() {
        try {
            ensureReady();
        } catch (IOException | ElasticsearchException e) {
            log.atWarn().addKeyValue("reason", e.getMessage())
                    .log("index not installed at start-up; will retry before the first bulk");
        }
    }

    /** Loaded template body, for tests and tooling. */
    static InputStream templateResource() {
        return ArticleIndex.class.getResourceAsStream(TEMPLATE_RESOURCE);
    }

    /**
     * The index settings a bulk load changes, as the template sets them (Elasticsearch's defaults where it does not):
     * what to put back once the load is done.
     *
     * @return {@code refresh_interval}, {@code number_of_replicas}, {@code auto_expand_replicas} → value
     * @throws IOException when the template resource cannot be read
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> settingsAfterLoad() throws IOException {
        Map<String, Object> settings = (Map<String, Object>) template().get("settings");
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("refresh_interval", settings.getOrDefault("refresh_interval", "1s"));
        result.put("number_of_replicas", settings.getOrDefault("number_of_replicas", 1));
        result.put("auto_expand_replicas", settings.getOrDefault("auto_expand_replicas", "false"));
        return result;
    }

    /** The template's {@code template} object: {@code settings} and {@code mappings}. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> template() throws IOException {
        try (InputStream template = templateResource()) {
            return (Map<String, Object>) ArticleCodec.mapper().readValue(template, Map.class).get("template");
        }
    }


}
