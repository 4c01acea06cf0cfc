package org.newsroom.ingest.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsroom.events.Article;
import org.newsroom.ingest.format.WireContext;
import org.newsroom.ingest.format.WireParser;
import org.newsroom.ingest.format.newsmlg2.NewsMlG2Parser;
import org.newsroom.ingest.format.ninjs.NinjsParser;
import org.newsroom.ingest.format.nitf.NitfParser;

/** The load harness must push stories ingest accepts, in every format and both languages, or it measures refusals. */
class LoadStoriesTest {

    private final LoadStories stories = new LoadStories("t");

    @Test
    void everyPushParsesToAStoryOfItsLanguageWithABody() {
        Set<String> seen = new HashSet<>();
        for (long n = 0; n < 20; n++) {
            LoadStories.Push push = stories.push(n);
            WireParser parser = push.contentType().contains("json") ? new NinjsParser()
                    : push.contentType().contains("nitf") ? new NitfParser() : new NewsMlG2Parser();

            Article article = parser.parse(push.body(), new WireContext("demo", "demo", Instant.now())).get(0);

            assertThat(article.uri()).isEqualTo("urn:newsroom:demo:t-" + n);
            assertThat(article.language()).isEqualTo(n % 5 < 3 ? "ar" : "en");
            assertThat(article.headline()).isNotBlank();
            assertThat(article.bodyHtml()).startsWith("<p>").hasSizeGreaterThan(300);
            seen.add(article.format() + "/" + article.language());
        }
        assertThat(seen).contains("ninjs/ar", "ninjs/en", "nitf/ar", "nitf/en", "newsml-g2/ar", "newsml-g2/en");
    }
}
