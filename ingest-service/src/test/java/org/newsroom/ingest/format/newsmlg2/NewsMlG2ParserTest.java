package org.newsroom.ingest.format.newsmlg2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsroom.ingest.format.Fixtures.CONTEXT;
import static org.newsroom.ingest.format.Fixtures.bytes;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.newsroom.events.Article;
import org.newsroom.events.Concept;
import org.newsroom.events.PubStatus;
import org.newsroom.ingest.format.Headlines;
import org.newsroom.ingest.format.WireDocument;
import org.newsroom.ingest.format.WireFormatException;
import org.newsroom.ingest.format.WireItem;

class NewsMlG2ParserTest {

    private final NewsMlG2Parser parser = new NewsMlG2Parser();

    @Test
    void readsAnArabicNewsItem() {
        WireDocument document = parser.read(bytes("newsml-g2/arabic-news-item.xml"), CONTEXT);
        WireItem.Parsed parsed = document.parsed().get(0);
        Article article = parsed.article();

        assertThat(article.uri()).isEqualTo("urn:newsml:qsarpress.example:20220102:russia-nato");
        assertThat(article.version()).isEqualTo(3);
        assertThat(article.versioncreated()).isEqualTo(Instant.parse("2022-01-02T09:30:00Z"));
        assertThat(article.firstcreated()).isEqualTo(Instant.parse("2022-01-02T08:00:00Z"));
        assertThat(article.pubstatus()).isEqualTo(PubStatus.USABLE);
        assertThat(article.urgency()).isEqualTo(2);
        assertThat(article.language()).isEqualTo("ar");
        assertThat(article.headline()).isEqualTo("تدرس روسيا اقتراح الناتو لإجراء محادثات في 12 يناير");
        assertThat(article.byline()).isEqualTo("رويترز");
        assertThat(article.located()).isEqualTo("موسكو");
        assertThat(article.subject()).containsExactly(new Concept("medtop", "11000000", "سياسة"),
                new Concept("subj", "11001000", "defence"), new Concept("qsar", "russia", "روسيا"));
        assertThat(article.genre()).containsExactly(new Concept("genre", "Current", null));
        assertThat(article.bodyHtml()).startsWith("<p>نقلت وكالة").endsWith("ندرسه”.</p>").doesNotContain("title");
        assertThat(article.format()).isEqualTo("newsml-g2");
        assertThat(parsed.warnings()).containsExactly("signal sig:update");
    }

    @Test
    void newsMessageYieldsEveryItemAndRefusesOnlyTheBadOnes() {
        WireDocument document = parser.read(bytes("newsml-g2/news-message-mixed.xml"), CONTEXT);

        assertThat(document.items()).hasSize(4);
        Article first = ((WireItem.Parsed) document.items().get(0)).article();
        assertThat(first.uri()).isEqualTo("tag:example.com,2026:story-1");
        assertThat(first.pubstatus()).isEqualTo(PubStatus.WITHHELD);
        assertThat(first.headline()).isEqualTo("Café owners’ strike");
        assertThat(first.bodyHtml()).isEqualTo("<p>First.</p><p>Second &amp; last.</p>");
        assertThat(first.subject()).containsExactly(new Concept("league", "mlb", null), new Concept("subj", "15007000", null));

        WireItem.Rejected concept = (WireItem.Rejected) document.items().get(1);
        assertThat(concept.wireId()).isEqualTo("urn:example:concept:1");
        assertThat(concept.error().getMessage()).contains("conceptItem is not a news item");
        assertThat(concept.error().location()).isEqualTo("/newsMessage/itemSet/conceptItem");

        WireItem.Rejected broken = (WireItem.Rejected) document.items().get(2);
        assertThat(broken.error().location()).isEqualTo("/newsMessage/itemSet/newsItem[2]/itemMeta/versionCreated");

        Article kill = ((WireItem.Parsed) document.items().get(3)).article();
        assertThat(kill.isKill()).isTrue();
        assertThat(kill.version()).isEqualTo(9);
    }

    @Test
    void missingHeadlineIsDerivedFromTheBodyAndFlagged() {
        WireItem.Parsed parsed = parser.read(bytes("newsml-g2/no-headline.xml"), CONTEXT).parsed().get(0);

        assertThat(parsed.article().headline()).isEqualTo("The council approved the budget on Monday.");
        assertThat(parsed.headlineDerived()).isTrue();
        assertThat(parsed.warnings()).contains(Headlines.DERIVED_WARNING);
        assertThat(parsed.article().version()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z").toEpochMilli());
        assertThat(parsed.article().firstcreated()).isEqualTo(parsed.article().versioncreated());
    }

    @Test
    void aBareConceptItemIsRejectedWithThatReason() {
        assertThatThrownBy(() -> parser.read(bytes("newsml-g2/concept-item.xml"), CONTEXT))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("conceptItem is not a news item");
    }
}
