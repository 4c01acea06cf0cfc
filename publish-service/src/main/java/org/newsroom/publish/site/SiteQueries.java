package org.newsroom.publish.site;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsroom.publish.index.ArticleIndex;
import org.newsroom.publish.index.BodyTextField;
import org.springframework.stereotype.Component;

/** Reads the article index for the site: only visible articles. Thread-safe. */
@Component
class SiteQueries {

    /** Fields of the published article JSON, in order. */
    static final List<String> ARTICLE_FIELDS = List.of("uri", "version", "headline", "byline", "located", "body_html",
            "body_text", "language", "section", "related", "subject", "genre", "pubstatus", "versioncreated",
            "firstcreated", "source");

    private static final List<String> HIT_FIELDS = List.of("uri", "headline", "section", "language", "versioncreated",
            "source");

    private static final String INDEX_NOT_FOUND = "index_not_found_exception";

    private final ElasticsearchClient client;

    SiteQueries(ElasticsearchClient client) {
        this.client = client;
    }

    /**
     * @param uri the article URI
     * @return the published article, or empty when absent, killed, withheld or under embargo
     * @throws IOException when Elasticsearch cannot be reached
     */
    @SuppressWarnings("rawtypes")
    Optional<Map<String, Object>> article(String uri) throws IOException {
        try {
            var response = client.get(g -> g.index(ArticleIndex.ALIAS).id(uri), Map.class);
            if (!response.found() || !visible(response.source())) {
                return Optional.empty();
            }
            Map<String, Object> article = pick(response.source(), ARTICLE_FIELDS);
            if (response.source().get("section_decision") instanceof Map<?, ?> decision
                    && decision.get("decided_by") != null) {
                article.put("section_decided_by", decision.get("decided_by"));
            }
            return Optional.of(withLiveLinks(article));
        } catch (ElasticsearchException e) {
            if (e.status() == 404 || INDEX_NOT_FOUND.equals(e.error().type())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Full-text search over headline and body, each article through the analyzer of its language
     * ({@link LanguageAwareMatch}), best first; highlighted snippets are HTML-escaped body text with {@code <em>}
     * around the matches, in logical (reading) order.
     *
     * @param text     the query text; null or blank lists everything visible, latest first
     * @param language BCP 47 primary tag filter; may be null
     * @param section  section filter; may be null
     * @throws IOException when Elasticsearch cannot be reached
     */
    SitePage search(String text, String language, String section, int page, int size) throws IOException {
        boolean fullText = text != null && !text.isBlank();
        return page(page, size, language, section,
                fullText ? LanguageAwareMatch.of(text) : null, !fullText);
    }

    /**
     * A section's articles, latest first.
     *
     * @throws IOException when Elasticsearch cannot be reached
     */
    SitePage section(String section, int page, int size) throws IOException {
        return page(page, size, null, section, null, true);
    }

    @SuppressWarnings("rawtypes")
    private SitePage page(int page, int size, String language, String section, Query match, boolean latestFirst)
            throws IOException {
        BoolQuery.Builder bool = visibleFilter();
        if (match != null) {
            bool.must(match);
        }
        if (language != null && !language.isBlank()) {
            bool.filter(LanguageAwareMatch.language(language.strip().toLowerCase(Locale.ROOT)));
        }
        if (section != null && !section.isBlank()) {
            bool.filter(f -> f.term(t -> t.field("section").value(section)));
        }
        Query query = Query.of(q -> q.bool(bool.build()));
        SearchRequest.Builder request = new SearchRequest.Builder()
                .index(ArticleIndex.ALIAS)
                .query(query)
                .from((page - 1) * size)
                .size(size)
                .trackTotalHits(t -> t.enabled(true))
                .source(s -> s.filter(f -> f.includes(HIT_FIELDS)))
                .highlight(h -> {
                    h.encoder(HighlighterEncoder.Html).numberOfFragments(1).fragmentSize(160);
                    LanguageAwareMatch.snippetFields().forEach(field -> h.fields(field, f -> f));
                    return h;
                });
        if (latestFirst) {
            request.sort(s -> s.field(f -> f.field("versioncreated").order(SortOrder.Desc)));
        }
        SearchResponse<Map> response;
        try {
            response = client.search(request.build(), Map.class);
        } catch (ElasticsearchException e) {
            if (INDEX_NOT_FOUND.equals(e.error().type())) {
                return new SitePage(0, page, size, List.of());
            }
            throw e;
        }
        List<Map<String, Object>> hits = response.hits().hits().stream().map(SiteQueries::hit).toList();
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new SitePage(total, page, size, hits);
    }

    /**
     * Drops the related links whose target is no longer visible (killed, withheld, under embargo). Links are checked
     * when read rather than rewritten when their target dies: a kill then takes effect at once on every article that
     * links to it, without finding and re-publishing those documents (whose version is the agency's, not ours).
     * One {@code ids} query per article read, at most k ids.
     */
    private Map<String, Object> withLiveLinks(Map<String, Object> article) throws IOException {
        if (!(article.get("related") instanceof List<?> related) || related.isEmpty()) {
            return article;
        }
        List<String> uris = related.stream().map(SiteQueries::linkUri).toList();
        BoolQuery.Builder live = visibleFilter().filter(f -> f.ids(i -> i.values(uris)));
        SearchResponse<Void> response = client.search(s -> s
                .index(ArticleIndex.ALIAS)
                .query(q -> q.bool(live.build()))
                .size(uris.size())
                .source(source -> source.fetch(false)), Void.class);
        Set<String> visible = response.hits().hits().stream().map(Hit::id).collect(Collectors.toSet());
        article.put("related", related.stream().filter(link -> visible.contains(linkUri(link))).toList());
        return article;
    }

    private static String linkUri(Object link) {
        return link instanceof Map<?, ?> fields ? String.valueOf(fields.get("uri")) : String.valueOf(link);
    }

    private static BoolQuery.Builder visibleFilter() {
        return new BoolQuery.Builder()
                .filter(f -> f.term(t -> t.field("pubstatus").value("usable")))
                .mustNot(n -> n.term(t -> t.field("killed").value(true)))
                .mustNot(n -> n.range(r -> r.date(d -> d.field("embargoed").gt("now"))));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Map<String, Object> hit(Hit<Map> hit) {
        Map<String, Object> result = pick(hit.source(), HIT_FIELDS);
        if (hit.score() != null) {
            result.put("score", hit.score());
        }
        LanguageAwareMatch.snippetFields().stream()
                .map(field -> hit.highlight().get(field))
                .filter(snippet -> snippet != null && !snippet.isEmpty())
                .findFirst()
                .ifPresent(snippet -> result.put("snippet", snippet.get(0)));
        return result;
    }

    private static boolean visible(Map<?, ?> source) {
        if (source == null || !"usable".equals(source.get("pubstatus")) || Boolean.TRUE.equals(source.get("killed"))) {
            return false;
        }
        Object embargoed = source.get("embargoed");
        return embargoed == null || !Instant.parse(embargoed.toString()).isAfter(Instant.now());
    }

    /** The named fields of a document's source; {@code body_text} is read from its language's field. */
    private static Map<String, Object> pick(Map<?, ?> source, List<String> fields) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (String field : fields) {
            Object value = BodyTextField.NEUTRAL.equals(field) ? bodyText(source) : source.get(field);
            if (value != null) {
                result.put(field, value);
            }
        }
        return result;
    }

    /** The body under whichever field it was indexed ({@link BodyTextField}), or null. */
    private static Object bodyText(Map<?, ?> source) {
        return BodyTextField.all().stream().map(source::get).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
