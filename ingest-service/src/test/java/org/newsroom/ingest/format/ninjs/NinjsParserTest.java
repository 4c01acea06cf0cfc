package org.newsroom.ingest.format.ninjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.newsroom.events.Article;
import org.newsroom.events.Concept;
import org.newsroom.events.PubStatus;
import org.newsroom.ingest.format.WireContext;
import org.newsroom.ingest.format.WireFormatException;

class NinjsParserTest {

    private static final Instant RECEIVED = Instant.parse("2026-02-01T00:00:00Z");
    private static final WireContext CONTEXT = new WireContext("demo", "demo", RECEIVED);

    private final NinjsParser parser = new NinjsParser();

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = NinjsParserTest.class.getResourceAsStream("/ninjs/" + name)) {
            return in.readAllBytes();
        }
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsNinjs1FieldsAndVersionGivenAsString() throws IOException {
        Article article = parser.parse(fixture("ninjs-1.x-minimal.json"), CONTEXT).get(0);

        assertThat(article.uri()).isEqualTo("urn:newsml:example.org:20260101:story-1");
        assertThat(article.version()).isEqualTo(4);
        assertThat(article.versioncreated()).isEqualTo(Instant.parse("2026-01-01T09:00:00Z"));
        assertThat(article.pubstatus()).isEqualTo(PubStatus.USABLE);
        assertThat(article.language()).isEqualTo("ar");
        assertThat(article.headline()).startsWith("تدرس روسيا");
        assertThat(article.subject()).containsExactly(new Concept("medtop", "11000000", "politics"),
                new Concept("subj", "11001000", "defence"));
        assertThat(article.associations().get("featureimage").uri()).isEqualTo("urn:example:image:1");
        assertThat(article.source()).isEqualTo("demo");
        assertThat(article.format()).isEqualTo("ninjs");
    }

    @Test
    void idWithoutSchemeGetsTheAgencyNamespaceAndVersionFallsBackToVersioncreated() throws IOException {
        Article article = parser.parse(fixture("ninjs-1.x-body-text-only.json"), CONTEXT).get(0);

        assertThat(article.uri()).isEqualTo("urn:newsroom:demo:story-2");
        assertThat(article.version()).isEqualTo(Instant.parse("2026-01-02T08:30:00Z").toEpochMilli());
        assertThat(article.bodyHtml()).isEqualTo("<p>First &lt;paragraph&gt; &amp; more.</p>\n<p>Second paragraph.</p>\n");
    }

    @Test
    void missingVersioncreatedFallsBackToReceiptTime() {
        Article article = parser.parse(json("{\"uri\":\"urn:x:1\",\"headline\":\"h\"}"), CONTEXT).get(0);

        assertThat(article.versioncreated()).isEqualTo(RECEIVED);
    }

    @Test
    void killNeedsNoHeadline() {
        Article article = parser.parse(json("{\"uri\":\"urn:x:1\",\"version\":9,\"pubstatus\":\"canceled\"}"), CONTEXT)
                .get(0);

        assertThat(article.isKill()).isTrue();
    }

    @Test
    void malformedJsonIsRejectedWithLineAndColumn() {
        assertThatThrownBy(() -> parser.parse(json("{\"uri\": \"urn:x:1\",\n \"headline\": }"), CONTEXT))
                .isInstanceOf(WireFormatException.class)
                .hasMessageStartingWith("not valid JSON")
                .extracting(e -> ((WireFormatException) e).location()).asString().startsWith("line 2");
    }

    @Test
    void missingUriIsRejectedAtItsPointer() {
        assertThatThrownBy(() -> parser.parse(json("{\"headline\":\"h\"}"), CONTEXT))
                .isInstanceOf(WireFormatException.class)
                .extracting(e -> ((WireFormatException) e).location()).isEqualTo("/uri");
    }

    @Test
    void missingHeadlineIsRejectedAtItsPointer() {
        assertThatThrownBy(() -> parser.parse(json("{\"uri\":\"urn:x:1\"}"), CONTEXT))
                .isInstanceOf(WireFormatException.class)
                .extracting(e -> ((WireFormatException) e).location()).isEqualTo("/headline");
    }

    @Test
    void badDateAndBadVersionNameTheirField() {
        assertThatThrownBy(() -> parser.parse(json("{\"uri\":\"urn:x:1\",\"headline\":\"h\",\"versioncreated\":\"yesterday\"}"), CONTEXT))
                .extracting(e -> ((WireFormatException) e).location()).isEqualTo("/versioncreated");
        assertThatThrownBy(() -> parser.parse(json("{\"uri\":\"urn:x:1\",\"headline\":\"h\",\"version\":\"v2\"}"), CONTEXT))
                .extracting(e -> ((WireFormatException) e).location()).isEqualTo("/version");
    }

    @Test
    void unknownPubstatusIsRejected() {
        assertThatThrownBy(() -> parser.parse(json("{\"uri\":\"urn:x:1\",\"headline\":\"h\",\"pubstatus\":\"draft\"}"), CONTEXT))
                .extracting(e -> ((WireFormatException) e).location()).isEqualTo("/pubstatus");
    }
}
