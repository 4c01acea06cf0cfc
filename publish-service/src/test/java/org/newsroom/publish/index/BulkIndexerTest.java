package org.newsroom.publish.index;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.bulk.OperationType;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class BulkIndexerTest {

    private static ArticleDocument document(int bytes) {
        return new ArticleDocument("urn:x:" + bytes, 1, new byte[bytes]);
    }

    @Test
    void requestsAreBoundedByCountAndBytes() {
        List<ArticleDocument> documents = List.of(document(40), document(40), document(40), document(10),
                document(500), document(10));
        List<Integer> positions = IntStream.range(0, documents.size()).boxed().toList();

        assertThat(BulkIndexer.requests(documents, positions, 3, 100))
                .containsExactly(List.of(0, 1), List.of(2, 3), List.of(4), List.of(5));
        assertThat(BulkIndexer.requests(documents, positions, 2, 10_000))
                .containsExactly(List.of(0, 1), List.of(2, 3), List.of(4, 5));
    }

    @Test
    void itemOutcomesFollowStatusAndErrorType() {
        assertThat(BulkIndexer.outcome(item(201, null))).isInstanceOf(IndexOutcome.Indexed.class);
        assertThat(BulkIndexer.outcome(item(409, "version_conflict_engine_exception")))
                .isInstanceOf(IndexOutcome.Superseded.class);
        assertThat(BulkIndexer.outcome(item(429, "es_rejected_execution_exception"))).isNull();
        assertThat(BulkIndexer.outcome(item(503, "unavailable_shards_exception"))).isNull();
        assertThat(BulkIndexer.outcome(item(400, "document_parsing_exception")))
                .isEqualTo(new IndexOutcome.Rejected("document_parsing_exception", "bad"));
    }

    @Test
    void anIdElasticsearchWouldRefuseIsRejectedWithoutARequest() throws Exception {
        ArticleDocument tooLong = new ArticleDocument("urn:" + "ع".repeat(300), 1, new byte[2]);

        List<IndexOutcome> outcomes = new BulkIndexer(null, null,
                new BulkIndexerProperties(1000, DataSize.ofMegabytes(10), 5, Duration.ofMillis(100), Duration.ofSeconds(5))).write("articles-v1", List.of(tooLong));

        assertThat(outcomes).singleElement().isInstanceOfSatisfying(IndexOutcome.Rejected.class,
                rejected -> assertThat(rejected.errorType()).isEqualTo("id_too_long"));
    }

    private static BulkResponseItem item(int status, String errorType) {
        return BulkResponseItem.of(i -> {
            i.operationType(OperationType.Index).index("articles-v1").id("urn:x").status(status);
            if (errorType != null) {
                i.error(ErrorCause.of(e -> e.type(errorType).reason("bad")));
            }
            return i;
        });
    }
}
