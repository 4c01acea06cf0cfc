package org.newsroom.ingest.format.nitf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsroom.ingest.format.Fixtures.CONTEXT;
import static org.newsroom.ingest.format.Fixtures.bytes;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.newsroom.events.Article;
import org.newsroom.events.Concept;
import org.newsroom.events.PubStatus;
import org.newsroom.ingest.format.WireFormatException;

class NitfParserTest {

    private final NitfParser parser = new NitfParser();

    @Test
    void readsArabicWindows1256NitfWithItsFields() {
        Article article = parser.parse(bytes("nitf/arabic-windows-1256.xml"), CONTEXT).get(0);

        assertThat(article.uri()).isEqualTo("urn:newsroom:demo:qsar-20220102-0042");
        assertThat(article.version()).isEqualTo(5);
        assertThat(article.versioncreated()).isEqualTo(Instant.parse("2022-01-02T09:30:00Z"));
        assertThat(article.embargoed()).isEqualTo(Instant.parse("2022-01-02T09:00:00Z"));
        assertThat(article.pubstatus()).isEqualTo(PubStatus.USABLE);
        assertThat(article.urgency()).isEqualTo(3);
        assertThat(article.language()).isEqualTo("ar");
        assertThat(article.headline()).isEqualTo("تدرس روسيا اقتراح الناتو لإجراء محادثات في 12 يناير");
        assertThat(article.byline()).isEqualTo("رويترز");
        assertThat(article.located()).isEqualTo("موسكو");
        assertThat(article.subject()).containsExactly(new Concept("subj", "11000000", "Politics"),
                new Concept("subj", "11001000", "Defence"), new Concept("qsar", "POL", null));
        assertThat(article.genre()).containsExactly(new Concept("genre", "Current", null));
        assertThat(article.bodyHtml()).startsWith("<p>نقلت وكالة أنباء تاس").contains("السابقة\u00a0.</p>");
        assertThat(article.format()).isEqualTo("nitf");
    }

    @Test
    void missingDocIdIsRejectedAtItsXPath() {
        assertThatThrownBy(() -> parser.parse(bytes("nitf/no-doc-id.xml"), CONTEXT))
                .isInstanceOf(WireFormatException.class)
                .extracting(e -> ((WireFormatException) e).location())
                .isEqualTo("/nitf/head/docdata/doc-id/@id-string");
    }

    @Test
    void canceledManagementStatusIsAKillWithoutHeadline() {
        Article article = parser.parse(bytes("nitf/canceled.xml"), CONTEXT).get(0);

        assertThat(article.isKill()).isTrue();
        assertThat(article.version()).isEqualTo(Instant.parse("2026-02-03T04:05:06Z").toEpochMilli());
    }

    @Test
    void xxeAttemptParsesWithoutReadingTheFile() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE nitf [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<nitf><head><docdata><doc-id id-string=\"x1\"/></docdata></head><body><body.head><hedline>"
                + "<hl1>Leak &xxe;</hl1></hedline></body.head></body></nitf>";

        Article article = parser.parse(xxe.getBytes(java.nio.charset.StandardCharsets.UTF_8), CONTEXT).get(0);

        assertThat(article.headline()).isEqualTo("Leak");
    }
}
