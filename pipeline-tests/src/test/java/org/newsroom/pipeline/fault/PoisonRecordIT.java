package org.newsroom.pipeline.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.pipeline.fault.FaultPipeline.awaitAccepted;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.events.Article;
import org.newsroom.events.Topics;
import org.newsroom.infra.junit.LocalInfraExtension;

/**
 * Bytes that are not JSON, written straight onto each topic while stories flow, and an article whose URI is longer
 * than an Elasticsearch {@code _id} may be: each is dead-lettered by the stage that reads it, with the reason and the
 * stage in headers, on the same partition of {@code <topic>.DLT}, and the partition goes on (the stories after it,
 * including later ones with the same key, are all indexed). The ingest API refuses such a URI with a 400.
 *
 * <p>Regression: a URI over 512 bytes used to reach publish-service, where Elasticsearch failed the whole bulk it was
 * in (a 400 for the request, not for the item) and the batch was redelivered forever: every partition of the batch
 * stalled. The event contract now refuses such a URI.
 */
@ExtendWith({LocalInfraExtension.class, FaultPipelineExtension.class})
class PoisonRecordIT {

    private static final byte[] NOT_JSON = {0x00, (byte) 0xff, 'n', 'o', 't', ' ', 'j', 's', 'o', 'n', ' ', '{'};

    private static FaultPipeline pipeline;

    @BeforeAll
    static void pipeline(FaultPipeline shared) {
        pipeline = shared;
    }

    @BeforeEach
    void healthy() throws Exception {
        pipeline.ensureHealthy();
    }

    @Test
    void poisonOnEachTopicIsDeadLetteredAndItsPartitionGoesOn() throws Exception {
        String prefix = "poison";
        StorySet stories = StorySet.generate(prefix, 300, 8_005);
        // keys of stories in the set: the poison shares their partitions, and their later versions must get through
        String ingestedKey = StorySet.uriOf(prefix, 0);
        String enrichedKey = StorySet.uriOf(prefix, 1);
        String tooLong = StorySet.uriPrefix(prefix) + "long-" + "x".repeat(Article.MAX_URI_BYTES);
        String tooLongArticle = """
                {"uri":"%s","version":1,"versioncreated":"2026-11-30T06:00:00Z","headline":"Too long a URI",
                 "source":"demo","format":"ninjs"}""".formatted(tooLong);
        pipeline.run("poison records", prefix, stories, 40, 3, agency -> {
            awaitAccepted(agency, stories.submissions().size() / 3);
            pipeline.kafka().produce(Topics.ARTICLES_INGESTED, ingestedKey, NOT_JSON);
            pipeline.kafka().produce(Topics.ARTICLES_ENRICHED, enrichedKey, "<p>not json</p>"
                    .getBytes(StandardCharsets.UTF_8));
            pipeline.kafka().produce(Topics.ARTICLES_ENRICHED, tooLong,
                    tooLongArticle.getBytes(StandardCharsets.UTF_8));
        });

        var ingested = pipeline.kafka().deadLetters(Topics.ARTICLES_INGESTED, StorySet.uriPrefix(prefix));
        assertThat(ingested).singleElement().satisfies(letter -> {
            assertThat(letter.key()).isEqualTo(ingestedKey);
            assertThat(letter.stage()).isEqualTo("enrich");
            assertThat(letter.reason()).isNotBlank();
        });
        var enriched = pipeline.kafka().deadLetters(Topics.ARTICLES_ENRICHED, StorySet.uriPrefix(prefix));
        assertThat(enriched).hasSize(2).allSatisfy(letter -> assertThat(letter.stage()).isEqualTo("publish"));
        assertThat(enriched).filteredOn(letter -> letter.key().equals(enrichedKey)).singleElement()
                .satisfies(letter -> assertThat(letter.reason()).isNotBlank());
        assertThat(enriched).filteredOn(letter -> letter.key().equals(tooLong)).singleElement()
                .satisfies(letter -> assertThat(letter.reason()).contains("uri must be at most 512 bytes"));
    }

    @Test
    void ingestRefusesAUriLongerThanAnElasticsearchId() throws Exception {
        String tooLong = StorySet.uriPrefix("poison-ingest") + "x".repeat(Article.MAX_URI_BYTES);
        String story = """
                {"uri":"%s","version":1,"headline":"Too long a URI","body_html":"<p>Body.</p>"}""".formatted(tooLong);
        AgencyClient agency = new AgencyClient(pipeline.fleet()::ingestUrl);
        var report = agency.push(List.of(new StorySet.Submission(tooLong, 1, false, story)), 1, 10)
                .get(1, TimeUnit.MINUTES);
        assertThat(report.accepted()).isZero();
        assertThat(report.rejected().values()).singleElement().asString()
                .contains("400").contains("/uri").contains("at most 512 bytes");
    }
}
