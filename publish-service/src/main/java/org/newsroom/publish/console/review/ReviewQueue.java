package org.newsroom.publish.console.review;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.mapping.FieldType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.newsroom.publish.index.ArticleIndex;
import org.springframework.stereotype.Component;

/**
 * Reads the review queue from the article index: {@code needs_review: true}, live articles, newest first, a page at a
 * time, optionally of one section. An editor's decision takes the article out of the queue once enrich has re-emitted
 * it ({@code needs_review: false}, {@code decided_by: editor}).
 */
@Component
public class ReviewQueue {

    /** Largest page. */
    public static final int MAX_SIZE = 200;

    /** Deepest page reachable (Elasticsearch's {@code index.max_result_window} is 10 000 hits). */
    public static final int MAX_PAGE = 10_000 / MAX_SIZE;

    private static final String INDEX_NOT_FOUND = "index_not_found_exception";

    private final ElasticsearchClient client;

    ReviewQueue(ElasticsearchClient client) {
        this.client = client;
    }

    /**
     * @param page    1-based page, clamped to 1–{@value #MAX_PAGE}
     * @param size    items per page, clamped to 1–{@value #MAX_SIZE}
     * @param section only articles of this section; null or blank for all
     * @return the page, newest first; empty before the index exists
     * @throws IOException when Elasticsearch cannot be reached
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public List<ReviewItem> newest(int page, int size, String section) throws IOException {
        int perPage = Math.max(1, Math.min(size, MAX_SIZE));
        int from = (Math.max(1, Math.min(page, MAX_PAGE)) - 1) * perPage;
        try {
            SearchResponse<Map> response = client.search(s -> s.index(ArticleIndex.ALIAS)
                    .from(from)
                    .size(perPage)
                    .query(q -> q.bool(b -> {
                        b.filter(f -> f.term(t -> t.field("needs_review").value(true)))
                                .mustNot(m -> m.term(t -> t.field("killed").value(true)));
                        if (section != null && !section.isBlank()) {
                            b.filter(f -> f.term(t -> t.field("section").value(section.strip())));
                        }
                        return b;
                    }))
                    .sort(o -> o.field(f -> f.field("received_at").order(SortOrder.Desc)
                            .unmappedType(FieldType.Date))), Map.class);
            return response.hits().hits().stream().map(Hit::source).map(source -> new ReviewItem(
                    (String) source.get("uri"), (String) source.get("headline"), (String) source.get("section"),
                    source.get("section_decision") instanceof Map decision ? decision : Map.of(),
                    (String) source.get("source"), (String) source.get("language"),
                    source.get("received_at") == null ? null : source.get("received_at").toString(),
                    source.get("version") instanceof Number version ? version.longValue() : 0)).toList();
        } catch (ElasticsearchException e) {
            if (e.status() == 404 || INDEX_NOT_FOUND.equals(e.error().type())) {
                return List.of();
            }
            throw e;
        }
    }
}
