package org.newsroom.ingest.format.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsroom.ingest.format.Fixtures.CONTEXT;
import static org.newsroom.ingest.format.Fixtures.RECEIVED;
import static org.newsroom.ingest.format.Fixtures.bytes;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.newsroom.events.Article;
import org.newsroom.events.Concept;
import org.newsroom.ingest.format.WireContext;
import org.newsroom.ingest.format.WireDocument;
import org.newsroom.ingest.format.WireFormatException;
import org.newsroom.ingest.format.WireItem;

class FeedParserTest {

    private final FeedParser parser = new FeedParser();

    @Test
    void windows1256FeedDeliversTheItemsAroundABrokenOne() {
        WireDocument document = parser.read(bytes("feed/arabic-windows-1256.rss"), CONTEXT);

        assertThat(document.container()).isTrue();
        assertThat(document.items()).hasSize(3);
        Article first = ((WireItem.Parsed) document.items().get(0)).article();
        assertThat(first.uri()).isEqualTo("urn:newsroom:demo:qsar-1");
        assertThat(first.format()).isEqualTo("rss");
        assertThat(first.language()).isEqualTo("ar");
        assertThat(first.headline()).isEqualTo("تدرس روسيا اقتراح الناتو لإجراء محادثات في 12 يناير");
        assertThat(first.versioncreated()).isEqualTo(Instant.parse("2022-01-02T09:30:00Z"));
        assertThat(first.version()).isEqualTo(Instant.parse("2022-01-02T09:30:00Z").toEpochMilli());
        assertThat(first.byline()).isEqualTo("رويترز");
        assertThat(first.subject()).containsExactly(new Concept("category", "سياسة", "سياسة"));
        assertThat(first.bodyHtml()).isEqualTo("<p>نقلت وكالة أنباء تاس عن وزارة الخارجية الروسية قولها&nbsp;يوم الأحد.</p>");

        WireItem.Rejected broken = (WireItem.Rejected) document.items().get(1);
        assertThat(broken.wireId()).isEqualTo("qsar-2");
        assertThat(broken.error().location()).isEqualTo("/rss/channel/item[2]/pubDate");

        Article third = ((WireItem.Parsed) document.items().get(2)).article();
        assertThat(third.headline()).isEqualTo("وتقول الولايات المتحدة وأوكرانيا ’إن روسيا ربما تستعد’ AT&T");
        assertThat(third.bodyHtml()).isEqualTo("<p>وتنفي روسيا هذه المزاعم & more</p>");
        assertThat(third.versioncreated()).isEqualTo(Instant.parse("2022-01-02T07:00:00Z"));
    }

    @Test
    void atomEntriesUseIdOrLinkUpdatedAndPublished() {
        WireDocument document = parser.read(bytes("feed/atom-two-entries.xml"), CONTEXT);

        Article first = document.parsed().get(0).article();
        assertThat(first.format()).isEqualTo("atom");
        assertThat(first.uri()).isEqualTo("urn:newsroom:demo:tag:example.com,2026:entry-1");
        assertThat(first.headline()).isEqualTo("Council & mayor agree budget");
        assertThat(first.versioncreated()).isEqualTo(Instant.parse("2026-01-05T09:00:00Z"));
        assertThat(first.firstcreated()).isEqualTo(Instant.parse("2026-01-05T08:00:00Z"));
        assertThat(first.byline()).isEqualTo("Jane Reporter");
        assertThat(first.bodyHtml()).isEqualTo("<p>The council approved the budget.</p>");
        assertThat(first.subject()).containsExactly(new Concept("https://example.com/sections", "politics", "politics"));

        Article second = document.parsed().get(1).article();
        assertThat(second.uri()).isEqualTo("urn:newsroom:demo:https://example.com/2");
    }

    @Test
    void anUnchangedItemKeepsItsVersionAcrossPolls() {
        byte[] feed = bytes("feed/atom-two-entries.xml");
        WireContext later = new WireContext("demo", "demo", RECEIVED.plusSeconds(3600));

        assertThat(parser.read(feed, later).parsed().get(0).article().version())
                .isEqualTo(parser.read(feed, CONTEXT).parsed().get(0).article().version());
    }

    @Test
    void bytesInvalidInTheFeedEncodingCostOnlyTheirItem() {
        byte[] head = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<item><title>good</title><guid>g1</guid></item><item><title>bad ").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "</title><guid>g2</guid></item><item><title>also good</title><guid>g3</guid></item></channel></rss>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] feed = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, feed, 0, head.length);
        feed[head.length] = (byte) 0xE9; // latin-1 é inside a UTF-8 feed
        System.arraycopy(tail, 0, feed, head.length + 1, tail.length);

        WireDocument document = parser.read(feed, CONTEXT);

        assertThat(document.parsed()).extracting(p -> p.article().headline()).containsExactly("good", "also good");
        assertThat(document.rejected()).singleElement()
                .satisfies(r -> assertThat(r.error().getMessage()).contains("not valid UTF-8"));
    }

    @Test
    void aDocumentThatIsNoFeedIsRejectedWhole() {
        assertThatThrownBy(() -> parser.read("<html><body/></html>".getBytes(StandardCharsets.UTF_8), CONTEXT))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("not an RSS or Atom feed");
    }
}
