package org.newsroom.ingest.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsroom.events.Article;
import org.newsroom.events.Concept;
import org.newsroom.events.PubStatus;
import org.newsroom.ingest.format.Fixtures;
import org.newsroom.ingest.format.WireDocument;
import org.newsroom.ingest.format.WireFormatException;
import org.newsroom.ingest.format.WireItem;
import org.newsroom.ingest.format.WireParser;
import org.newsroom.ingest.format.WireParsers;
import org.newsroom.ingest.format.WireParsersAccess;
import org.newsroom.ingest.format.feed.FeedParser;
import org.newsroom.ingest.format.newsmlg2.NewsMlG2Parser;
import org.newsroom.ingest.format.ninjs.NinjsParser;
import org.newsroom.ingest.format.nitf.NitfParser;

/**
 * Acceptance over the real agency files of {@code ../shared/corpus/wire/} (SOURCES.md says what each should produce):
 * each goes through the registry as a push would (JSON as {@code application/json}, XML as generic
 * {@code application/xml}, so the root element picks the parser). Skips when the corpus is absent.
 */
class WireCorpusAcceptanceTest {

    private final WireParsers parsers = WireParsersAccess.of(
            List.of(new NinjsParser(), new NewsMlG2Parser(), new NitfParser(), new FeedParser()));

    private WireDocument read(String name) {
        return read(name, WireCorpus.file(name));
    }

    private WireDocument read(String name, byte[] bytes) {
        WireParser parser = parsers.forDelivery(name.endsWith(".json") ? "application/json" : "application/xml", bytes, null);
        return parser.read(bytes, Fixtures.CONTEXT);
    }

    private Article only(String name) {
        WireDocument document = read(name);
        assertThat(document.rejected()).as(name + " rejected items").isEmpty();
        assertThat(document.parsed()).as(name).hasSize(1);
        return document.parsed().get(0).article();
    }

    private static List<String> qcodes(Article article) {
        return article.subject().stream().map(Concept::qcode).toList();
    }

    @Test
    void newsMlG2ReferenceNewsItem() {
        Article article = only("iptc-newsml-g2__LISTING_1_A_NewsML-G2_News_Item.xml");

        assertThat(article.uri()).isEqualTo("urn:newsml:acmenews.com:20161018:US-FINANCE-FED");
        assertThat(article.version()).isEqualTo(11);
        assertThat(article.pubstatus()).isEqualTo(PubStatus.USABLE);
        assertThat(article.language()).isEqualTo("en-GB");
        assertThat(article.headline()).isEqualTo("Fed to halt QE to avert \"bubble\"");
        assertThat(article.embargoed()).isEqualTo(Instant.parse("2018-10-23T12:00:00Z"));
        assertThat(qcodes(article)).containsExactly("medtop:04000000", "medtop:20000523");
        assertThat(article.format()).isEqualTo("newsml-g2");
    }

    @Test
    void newsMlG2TextDocument() {
        Article article = only("iptc-newsml-g2__LISTING_2_NewsML-G2_Text_Document.xml");

        assertThat(article.language()).isEqualTo("en-US");
        assertThat(qcodes(article)).contains("medtop:04000000", "medtop:20000350", "medtop:20000379");
        assertThat(article.bodyHtml()).startsWith("<p>");
    }

    @Test
    void newsMlG2WithEmbeddedNitfMixesMediaTopicsAndLegacySubjectCodes() {
        Article article = only("iptc-newsml-g2__LISTING_22_Sports_story_in_NewsML-G2NITF.xml");

        assertThat(article.uri()).isEqualTo("tag:xmlteam.com,2016:xt.5932656-preview");
        assertThat(article.language()).isEqualTo("en-US");
        assertThat(qcodes(article)).contains("medtop:20000822", "medtop:20000849", "subj:15007000");
        assertThat(article.bodyHtml()).startsWith("<p>(Sports Network)").doesNotContain("hl1");
    }

    @Test
    void reutersNewsMessageWithNs0PrefixAndUtf8Alias() {
        Article article = only("superdesk-core__tag_reuters.com_2016_newsml_L1N14N0FF_version_978556838");

        assertThat(article.uri()).isEqualTo("tag:reuters.com,0000:newsml_L1N14N0FF");
        assertThat(article.version()).isEqualTo(978556838L);
        assertThat(article.pubstatus()).isEqualTo(PubStatus.USABLE);
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.headline()).startsWith("CORRECTED-S. Illinois battles flooding");
        assertThat(qcodes(article)).contains("N2:FLD", "subj:17000000");
        assertThat(article.bodyHtml()).contains("<p>").doesNotContain("html:");
    }

    @Test
    void reutersKillOfTheSameGuidWithALargerVersion() {
        Article kill = only("superdesk-core__tag_reuters.com_2016_newsml_L1N14N0FF_version_1542761538");

        assertThat(kill.uri()).isEqualTo("tag:reuters.com,0000:newsml_L1N14N0FF");
        assertThat(kill.version()).isEqualTo(1542761538L);
        assertThat(kill.isKill()).isTrue();
    }

    @Test
    void sttItemWithoutHeadlineGetsOneFromItsBodyFlagged() {
        WireItem.Parsed parsed = read("superdesk-core__stt_newsml_test_no_hl.xml").parsed().get(0);

        assertThat(parsed.article().uri()).isEqualTo("urn:newsml:stt.fi:20171219:101801633");
        assertThat(parsed.article().version()).isEqualTo(4);
        assertThat(parsed.article().language()).isEqualTo("fi-FI");
        assertThat(parsed.article().headline()).isEqualTo("*** DISCLAIMER: THIS IS AN AUTOMATED TRANSLATION FROM FINNISH ***");
        assertThat(parsed.headlineDerived()).isTrue();
        assertThat(parsed.article().bodyHtml()).contains("o&#39;clock").doesNotContain("&amp;#39;");
    }

    @Test
    void apNitfWithoutStoryIdIsRejectedNamingTheAttribute() {
        byte[] bytes = WireCorpus.file("superdesk-core__ap-nitf.xml");

        assertThatThrownBy(() -> read("superdesk-core__ap-nitf.xml", bytes))
                .isInstanceOf(WireFormatException.class)
                .extracting(e -> ((WireFormatException) e).location()).isEqualTo("/nitf/head/docdata/doc-id/@id-string");
    }

    @Test
    void efeNitfWithoutXmlDeclaration() {
        Article article = only("superdesk-core__efe_nitf.xml");

        assertThat(article.uri()).isEqualTo("urn:newsroom:demo:22751909");
        assertThat(article.language()).isEqualTo("en-US");
        assertThat(article.urgency()).isEqualTo(5);
        assertThat(article.headline()).isEqualTo("Honduran president announces Cabinet changes");
        assertThat(qcodes(article)).containsExactly("subj:11006005", "efe:F01001000");
        assertThat(article.versioncreated()).isEqualTo(Instant.parse("2017-01-02T22:28:00Z"));
    }

    @Test
    void ntbIso88591WithNumericReferencesDecodesOnce() {
        Article article = only("superdesk-core__nitf-ntb.xml");

        assertThat(article.language()).isEqualTo("nb-NO");
        assertThat(article.headline()).isEqualTo("Faktisk.no: Nei, dette dokumentet beskriver ikke FNs Agenda 21 eller Agenda 2030");
        assertThat(article.bodyHtml()).contains("Påstand").doesNotContain("Ã");
    }

    @Test
    void paSportIso88591WithRefnumSubjects() {
        Article article = only("superdesk-core__pa1.xml");

        assertThat(article.headline()).isEqualTo("PA SPORT TRIVIA (OCTOBER 14)");
        assertThat(article.urgency()).isEqualTo(4);
        assertThat(qcodes(article)).containsExactly("subj:04011002", "subj:10000000", "subj:15000000", "subj:15054000");
    }

    @Test
    void nitfWithAnExternalDtdParsesAndIsAKill() {
        Article article = only("superdesk-core__nitf-fishing.xml");

        assertThat(article.uri()).isEqualTo("urn:newsroom:demo:iptc.321656141.b");
        assertThat(article.isKill()).isTrue();
    }

    @Test
    void canadianPressTemplatePlaceholderDateIsRejectedNamingTheField() {
        byte[] bytes = WireCorpus.file("superdesk-core__handle_invalid_fields.xml");

        assertThatThrownBy(() -> read("superdesk-core__handle_invalid_fields.xml", bytes))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("YYYYMMDD000000-HHMM")
                .extracting(e -> ((WireFormatException) e).location()).asString().contains("/@norm");
    }

    @Test
    void ninjs14MediumTextWithoutPubstatusOrVersion() {
        Article article = only("iptc-newsinjson__1.4__ninjsExMediumText1.json");

        assertThat(article.uri()).isEqualTo("http://ninjs.example.com/newsitems/20130709med123");
        assertThat(article.pubstatus()).isEqualTo(PubStatus.USABLE);
        assertThat(article.version()).isEqualTo(Instant.parse("2013-07-09T10:37:00Z").toEpochMilli());
        assertThat(article.headline()).isEqualTo("Captain of wrecked cruise ship on trial in Italy");
        assertThat(article.bodyHtml()).startsWith("<p>GROSSETO");
    }

    @Test
    void ninjs14BusinessWireCompositeKeepsSymbolsAndAssociations() {
        Article article = only("iptc-newsinjson__1.4__businesswire-newsml-20130731006140.json");

        assertThat(article.headline()).isEqualTo("Lunch Taking a Toll? Let Applebee’s® Industrial Strength Lunch Decoy Stand In");
        assertThat(article.version()).isEqualTo(1);
        assertThat(article.associations()).containsKeys("logo", "video");
    }

    @Test
    void ninjs20DpaWithHeadlinesArrayAndStringVersion() {
        Article article = only("iptc-newsinjson__2.0__dpa_text.json");

        assertThat(article.uri()).isEqualTo("urn:newsml:dpa.com:20090101:190510-99-167362");
        assertThat(article.version()).isEqualTo(2);
        assertThat(article.language()).isEqualTo("de");
        assertThat(article.headline()).isEqualTo("Faktencheck Derby-Elfmeter: Hat Schiedsrichter Zwayer recht?");
        assertThat(article.byline()).isEqualTo("Von Christian Hollmann, dpa");
        assertThat(article.bodyHtml()).contains("Für Lucien Favre");
    }

    @Test
    void ninjs21TtWithSubjectsAndAnImage() {
        Article article = only("iptc-newsinjson__2.1__tt_text_image_2.json");

        assertThat(article.language()).isEqualTo("sv");
        assertThat(article.headline()).isEqualTo("Militärövning i jätteformat hålls 2023");
        assertThat(article.subject()).extracting(Concept::code).containsExactly("16000000");
        assertThat(article.associations().values()).extracting(a -> a.type()).containsExactly("picture");
        assertThat(article.bodyHtml()).doesNotContain("<head>");
    }

    @Test
    void ninjs30CamelCaseWithMediaTopicUrisAndNitfBody() {
        Article article = only("iptc-newsinjson__3.0__20231008-anti-doping-measures-at-the-tour-down-under-will-be-the-toughest-ever-addb-ninjs-nitf.json");

        assertThat(article.version()).isEqualTo(2);
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.headline()).isEqualTo("Anti-doping measures at the 'Tour Down Under' will be the toughest ever");
        assertThat(qcodes(article)).containsExactly("medtop:15000000", "medtop:20001105", "medtop:20000892");
        assertThat(article.bodyHtml()).contains("Australian Sports Anti-Doping Authority").doesNotContain("<?xml");
    }

    @Test
    void superdeskNinjsCarriesTheEmbargo() {
        Article article = only("superdesk-core__ninjs_embargoed.json");

        assertThat(article.uri()).isEqualTo("urn:newsroom:demo:fd8e441b-a698-4411-9246-7d5de21cced9");
        assertThat(article.version()).isEqualTo(11);
        assertThat(article.embargoed()).isEqualTo(Instant.parse("2022-06-29T02:30:00Z"));
        assertThat(article.firstcreated()).isEqualTo(Instant.parse("2022-06-20T23:20:35Z"));
    }

    @Test
    void guardianRss20DeliversEveryItem() {
        WireDocument document = read("rss-parser__guardian.rss");

        assertThat(document.items()).hasSize(55);
        assertThat(document.rejected()).isEmpty();
        assertThat(document.parsed()).allSatisfy(p -> {
            assertThat(p.article().format()).isEqualTo("rss");
            assertThat(p.article().uri()).startsWith("urn:newsroom:demo:https://www.theguardian.com/");
            assertThat(p.article().language()).isEqualTo("en-gb");
        });
    }

    @Test
    void heiseAtomDeliversEveryEntry() {
        WireDocument document = read("rss-parser__heise.atom");

        assertThat(document.parsed()).hasSize(15);
        assertThat(document.parsed()).allSatisfy(p -> assertThat(p.article().format()).isEqualTo("atom"));
        assertThat(document.parsed().get(2).article().headline())
                .isEqualTo("Microsoft veröffentlicht Cordova-Erweiterung für Visual Studio Code");
    }

    @Test
    void uolIso88591WithoutDeclarationAndPortugueseDatesIsDecodedRight() {
        WireDocument document = read("rss-parser__uolNoticias.rss");

        assertThat(document.parsed()).hasSize(15);
        Article first = document.parsed().get(0).article();
        assertThat(first.headline()).isEqualTo("Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno");
        assertThat(first.versioncreated()).isEqualTo(Instant.parse("2018-09-24T22:42:40Z"));
        assertThat(first.language()).isNull();
    }

    @Test
    void jornalDeNoticiasIso88591Declared() {
        WireDocument document = read("rss-parser__encoding.rss");

        assertThat(document.parsed()).hasSize(40);
        assertThat(document.parsed().get(0).article().headline()).isEqualTo("Mãe de utente é a nova presidente da Raríssimas");
    }
}
