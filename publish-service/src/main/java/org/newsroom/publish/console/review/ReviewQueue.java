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

/** Reads the review queue from the article index: {@code needs_review: true}, live articles, newest first. */
@Component
public class ReviewQueue {

    private static final String INDEX_NOT_FOUND = "index_not_found_exception";

    private final ElasticsearchClient client;

    ReviewQueue(ElasticsearchClient client) {
        this.client = client;
    }

    /**
     * @param size at most this many items (1–200)
     * @return the newest articles needing review; empty before the index exists
     * @throws IOException when Elasticsearch cannot be reached
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public List<ReviewItem> newest(int size) throws IOException {
        try {
            SearchResponse<Map> response = client.search(s -> s.index(ArticleIndex.ALIAS)
                    .size(Math.max(1, Math.min(size, 200)))
                    .query(q -> q.bool(b -> b
                            .filter(f -> f.term(t -> t.field("needs_review").value(true)))
                            .mustNot(m -> m.term(t -> t.field("killed").value(true)))))
                    .sort(o -> o.field(f -> f.field("received_at").order(SortOrder.Desc)
                            .unmappedType(FieldType.Date))), Map.class);
            return response.hits().hits().stream().map(Hit::source).map(source -> new ReviewItem(
                    (String) source.get("uri"), (String) source.get("headline"), (String) source.get("section"),
                    source.get("section_decision") instanceof Map decision ? decision : Map.of(),
                    (String) source.get("source"), (String) source.get("language"),
                    source.get("received_at") == null ? null : source.get("received_at").toString())).toList();
        } catch (ElasticsearchException e) {
            if (e.status() == 404 || INDEX_NOT_FOUND.equals(e.error().type())) {
                return List.of();
            }
            throw e;
        }
    }
}
