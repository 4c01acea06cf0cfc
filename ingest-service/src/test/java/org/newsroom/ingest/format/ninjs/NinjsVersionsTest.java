package org.newsroom.ingest.format.ninjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.ingest.format.Fixtures.CONTEXT;
import static org.newsroom.ingest.format.Fixtures.bytes;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.newsroom.events.Article;
import org.newsroom.events.Concept;
import org.newsroom.events.PubStatus;
import org.newsroom.ingest.format.WireFormatException;
import org.newsroom.ingest.format.WireItem;
import tools.jackson.databind.json.JsonMapper;

class NinjsVersionsTest {

    private final NinjsParser parser = new NinjsParser();

    @Test
    void readsNinjs2ArraysAndNumericVersion() {
        Article article = parser.parse(bytes("ninjs/ninjs-2.x-arabic.json"), CONTEXT).get(0);

        assertThat(article.uri()).isEqualTo("urn:newsml:qsarpress.example:20220102:russia-nato-2");
        assertThat(article.version()).isEqualTo(7);
        assertThat(article.urgency()).isEqualTo(3);
        assertThat(article.headline()).isEqualTo("تدرس روسيا اقتراح الناتو لإجراء محادثات في 12 يناير");
        assertThat(article.byline()).isEqualTo("رويترز");
        assertThat(article.bodyHtml()).startsWith("<p>نقلت وكالة");
        assertThat(article.subject()).containsExactly(new Concept("medtop", "11000000", "politics"),
                new Concept("http://example.org/vocab/region/", "EUR", "Europe"));
        assertThat(article.genre()).containsExactly(new Concept("genre", "Current", null));
        assertThat(article.associations()).containsOnlyKeys("featureimage", "association-2");
        assertThat(article.associations().get("featureimage").headline()).isEqualTo("صورة");
        assertThat(article.firstcreated()).isEqualTo(article.versioncreated());
    }

    @Test
    void readsNinjs3CamelCaseWithAnEmbeddedNitfBodyAndDerivesTheHeadline() {
        WireItem.Parsed parsed = parser.read(bytes("ninjs/ninjs-3.x-arabic-no-headline.json"), CONTEXT).parsed().get(0);
        Article article = parsed.article();

        assertThat(article.pubstatus()).isEqualTo(PubStatus.WITHHELD);
        assertThat(article.versioncreated()).isEqualTo(Instant.parse("2022-01-02T09:30:00Z"));
        assertThat(article.version()).isEqualTo(Instant.parse("2022-01-02T09:30:00Z").toEpochMilli());
        assertThat(article.embargoed()).isEqualTo(Instant.parse("2022-01-03T00:00:00Z"));
        assertThat(article.located()).isEqualTo("موسكو");
        assertThat(article.bodyHtml()).isEqualTo("<p>تلقت روسيا اقتراحا من حلف شمال الأطلسي؟ نعم. وتدرسه.</p>");
        assertThat(article.headline()).isEqualTo("تلقت روسيا اقتراحا من حلف شمال الأطلسي؟");
        assertThat(parsed.headlineDerived()).isTrue();
        assertThat(article.subject()).containsExactly(new Concept("subj", "11001000", "defence"));
        assertThat(article.associations().get("featureimage").uri()).isEqualTo("urn:example:image:2");
    }

    @Test
    void versionIsDetectedFromStandardSchemaOrShape() {
        JsonMapper json = JsonMapper.builder().build();

        assertThat(NinjsParser.mapperFor(json.readTree("{\"standard\":{\"version\":\"2.1\"}}"))).isInstanceOf(Ninjs2Mapper.class);
        assertThat(NinjsParser.mapperFor(json.readTree("{\"$schema\":\"http://www.iptc.org/std/ninjs/ninjs-schema_3.0.json\"}")))
                .isInstanceOf(Ninjs3Mapper.class);
        assertThat(NinjsParser.mapperFor(json.readTree("{\"versionCreated\":\"2026-01-01T00:00:00Z\"}"))).isInstanceOf(Ninjs3Mapper.class);
        assertThat(NinjsParser.mapperFor(json.readTree("{\"headlines\":[]}"))).isInstanceOf(Ninjs2Mapper.class);
        assertThat(NinjsParser.mapperFor(json.readTree("{\"headline\":\"h\"}"))).isInstanceOf(Ninjs1Mapper.class);
    }

    @Test
    void ninjs1HeadlineMissingIsDerivedFromBodyText() {
        WireItem.Parsed parsed = parser.read("{\"uri\":\"urn:x:1\",\"body_text\":\"Short first sentence. Then more.\"}"
                .getBytes(StandardCharsets.UTF_8), CONTEXT).parsed().get(0);

        assertThat(parsed.article().headline()).isEqualTo("Short first sentence.");
        assertThat(parsed.headlineDerived()).isTrue();
    }

    @Test
    void jsonLabelledWindows1256IsDecodedByItsLabel() {
        byte[] json = "{\"uri\":\"urn:x:1\",\"headline\":\"تدرس روسيا\"}".getBytes(java.nio.charset.Charset.forName("windows-1256"));
        var context = new org.newsroom.ingest.format.WireContext("demo", "demo", org.newsroom.ingest.format.Fixtures.RECEIVED,
                java.nio.charset.Charset.forName("windows-1256"));

        assertThat(parser.parse(json, context).get(0).headline()).isEqualTo("تدرس روسيا");
    }

    /** The versions share their mapping steps; a document with several bad values is refused for its first one. */
    @Test
    void theFirstBadValueIsTheOneReportedInEveryVersion() {
        assertThat(firstBadValue("""
                {"uri":"urn:x:1","firstcreated":"yesterday","pubstatus":"gone","urgency":"high","subject":7}"""))
                .isEqualTo("/firstcreated");
        assertThat(firstBadValue("""
                {"headlines":[{"value":"h"}],"pubstatus":"gone","urgency":"high","subjects":7}"""))
                .isEqualTo("/uri");
        assertThat(firstBadValue("""
                {"uri":"urn:x:1","headlines":[{"value":"h"}],"embargoed":"soon","urgency":"high","subjects":7}"""))
                .isEqualTo("/embargoed");
        assertThat(firstBadValue("""
                {"uri":"urn:x:1","versionCreated":"2022-01-02T09:30:00Z","embargoedUntil":"soon","pubStatus":"gone",
                 "urgency":"high","subjects":7}""")).isEqualTo("/pubStatus");
        assertThat(firstBadValue("""
                {"uri":"urn:x:1","versionCreated":"2022-01-02T09:30:00Z","embargoedUntil":"soon","genres":7}"""))
                .isEqualTo("/embargoedUntil");
        assertThat(firstBadValue("""
                {"uri":"urn:x:1","headlines":[{"value":"h"}],"urgency":"high","subjects":7}""")).isEqualTo("/urgency");
        assertThat(firstBadValue("""
                {"uri":"urn:x:1","headlines":[{"value":"h"}],"subjects":7,"genres":7}""")).isEqualTo("/subjects");
    }

    private String firstBadValue(String json) {
        try {
            parser.read(json.getBytes(StandardCharsets.UTF_8), CONTEXT);
        } catch (WireFormatException e) {
            return e.location();
        }
        throw new AssertionError("accepted: " + json);
    }
}
