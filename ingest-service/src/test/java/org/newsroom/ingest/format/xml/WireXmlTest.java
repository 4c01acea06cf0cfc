package org.newsroom.ingest.format.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newsroom.ingest.format.WireFormatException;
import org.w3c.dom.Element;

class WireXmlTest {

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = WireXmlTest.class.getResourceAsStream("/xml/" + name)) {
            return in.readAllBytes();
        }
    }

    private static String title(byte[] content, Charset transport) {
        Element root = WireXml.parse(content, transport).dom().getDocumentElement();
        return XmlElements.text(XmlElements.child(root, "title"));
    }

    @Test
    void externalGeneralEntitiesAreNeverResolved() throws IOException {
        Element root = WireXml.parse(fixture("xxe-file-entity.xml"), null).dom().getDocumentElement();

        assertThat(root.getTextContent()).contains("before").contains("after").doesNotContain("root:");
    }

    @Test
    void externalParameterEntitiesAreNeverResolved() throws IOException {
        Element root = WireXml.parse(fixture("xxe-parameter-entity.xml"), null).dom().getDocumentElement();

        assertThat(root.getTextContent()).contains("parameter entity").doesNotContain("root:");
    }

    @Test
    void doctypeWithAnExternalDtdStillParses() throws IOException {
        Element root = WireXml.parse(fixture("external-dtd.xml"), null).dom().getDocumentElement();

        assertThat(root.getTextContent()).contains("DTD not loaded");
    }

    @Test
    void billionLaughsIsStoppedByTheExpansionLimit() {
        assertThatThrownBy(() -> WireXml.parse(fixture("billion-laughs.xml"), null))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("entity");
    }

    @Test
    void theReusedParserOfAThreadKeepsEveryLimitAfterFailuresAndSuccesses() throws IOException {
        for (int round = 0; round < 3; round++) {
            assertThatThrownBy(() -> WireXml.parse(fixture("billion-laughs.xml"), null))
                    .isInstanceOf(WireFormatException.class)
                    .hasMessageContaining("entity");
            assertThatThrownBy(() -> WireXml.parse("<item>\n<title>x</item>".getBytes(StandardCharsets.UTF_8), null))
                    .isInstanceOf(WireFormatException.class);
            Element xxe = WireXml.parse(fixture("xxe-file-entity.xml"), null).dom().getDocumentElement();
            assertThat(xxe.getTextContent()).doesNotContain("root:");
            Element fine = WireXml.parse(fixture("html-entities.xml"), null).dom().getDocumentElement();
            assertThat(fine.getElementsByTagName("title").getLength()).isPositive();
        }
    }

    @Test
    void undeclaredHtmlEntitiesAndBareAmpersandsAreRepaired() throws IOException {
        Element root = WireXml.parse(fixture("html-entities.xml"), null).dom().getDocumentElement();

        assertThat(root.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Rock\u00a0&\u00a0roll \u2019n\u2019 AT&T \u2026 Example Wire");
        assertThat(root.getElementsByTagName("note").item(0).getTextContent()).isEqualTo("raw & untouched &nbsp;");
        assertThat(root.getElementsByTagName("odd").item(0).getTextContent()).isEqualTo("&unknownthing; \u00e9 \u00e9");
    }

    @Test
    void windows1256DeclaredInThePrologDecodesArabic() throws IOException {
        assertThat(title(fixture("arabic-windows-1256.xml"), null)).isEqualTo("تدرس روسيا اقتراح الناتو");
    }

    @Test
    void httpCharsetIsUsedWhenTheDocumentDeclaresNone() throws IOException {
        byte[] content = fixture("arabic-windows-1256-no-declaration.xml");

        assertThat(title(content, Charset.forName("windows-1256"))).isEqualTo("تدرس روسيا اقتراح الناتو");
        assertThat(XmlEncoding.decode(content, Charset.forName("windows-1256")).source())
                .isEqualTo(XmlEncoding.Source.TRANSPORT);
    }

    @Test
    void prologWinsOverHttpCharset() throws IOException {
        assertThat(title(fixture("arabic-windows-1256.xml"), StandardCharsets.UTF_8)).isEqualTo("تدرس روسيا اقتراح الناتو");
    }

    @Test
    void bomWinsOverTheProlog() throws IOException {
        assertThat(title(fixture("bom-utf8-beats-declaration.xml"), null)).isEqualTo("café");
        assertThat(title(fixture("utf16-bom.xml"), null)).isEqualTo("سلام utf16");
    }

    @Test
    void utf8AliasInThePrologIsAccepted() throws IOException {
        assertThat(title(fixture("utf8-alias.xml"), null)).isEqualTo("café olé");
    }

    @Test
    void latin1LabelDecodesWindows1252QuotesOnce() throws IOException {
        assertThat(title(fixture("latin1-with-cp1252-quotes.xml"), null)).isEqualTo("café “quoted” it’s");
    }

    @Test
    void unlabelledNonUtf8BytesFallBackToWindows1252() throws IOException {
        byte[] content = fixture("latin1-no-declaration.xml");

        assertThat(title(content, null)).isEqualTo("café sem declaração");
        assertThat(XmlEncoding.decode(content, null).source()).isEqualTo(XmlEncoding.Source.HEURISTIC);
    }

    @Test
    void invalidBytesInADeclaredEncodingAreCountedNotFatal() {
        byte[] content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><item><title>ok \u00ff</title></item>"
                .getBytes(StandardCharsets.ISO_8859_1);

        XmlEncoding.Decoded decoded = XmlEncoding.decode(content, null);

        assertThat(decoded.malformedBytes()).isEqualTo(1);
        assertThat(decoded.firstMalformed()).isEqualTo(content.length - 16);
        assertThat(decoded.text()).contains("ok \uFFFD");
    }

    @Test
    void unknownEncodingIsRejectedNamingTheDeclaration() {
        byte[] content = "<?xml version=\"1.0\" encoding=\"klingon-8\"?><item/>".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> WireXml.parse(content, null))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("klingon-8");
    }

    @Test
    void malformedXmlNamesLineAndColumn() {
        assertThatThrownBy(() -> WireXml.parse("<item>\n<title>x</item>".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(WireFormatException.class)
                .extracting(e -> ((WireFormatException) e).location()).asString().startsWith("line 2");
    }

    @Test
    void rootElementIsSniffedWithItsNamespace() throws IOException {
        var root = WireXml.rootElement(
                "<?xml version='1.0'?><!DOCTYPE x SYSTEM 'x.dtd'><!-- c --><ns0:newsMessage xmlns:ns0='http://iptc.org/std/nar/2006-10-01/'/>"
                        .getBytes(StandardCharsets.UTF_8), null);

        assertThat(root.getLocalPart()).isEqualTo("newsMessage");
        assertThat(root.getNamespaceURI()).isEqualTo("http://iptc.org/std/nar/2006-10-01/");
    }

    @Test
    void doubleEscapedBodyTextIsUnescapedExactlyOnce() {
        Element body = WireXml.parse("<body xmlns:h='http://www.w3.org/1999/xhtml'><h:p class='x'>o&amp;#39;clock &amp;quot;a&amp;quot; &lt;b&gt;</h:p><br/></body>"
                .getBytes(StandardCharsets.UTF_8), null).dom().getDocumentElement();

        assertThat(HtmlFragment.innerHtml(body)).isEqualTo("<p class=\"x\">o&#39;clock &quot;a&quot; &lt;b&gt;</p><br>");
    }

    @Test
    void controlCharactersXmlForbidsAreRemovedNotFatal() {
        byte[] content = "<item><title>a\u000bb\u0001c &#11;&#x1F;d &#9;e</title></item>".getBytes(StandardCharsets.UTF_8);

        assertThat(title(content, null)).isEqualTo("abc d e");
    }
}
