package org.newsroom.ingest.format.xml;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.newsroom.ingest.format.WireFormatException;
import org.w3c.dom.Document;
import org.xml.sax.EntityResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The hardened XML reader of ingest: every XML wire document is decoded by {@link XmlEncoding}, repaired by
 * {@link XmlEntityRepair} and parsed by a namespace-aware, non-validating DOM parser configured so that:
 * <ul>
 *   <li>external general and parameter entities are never resolved (XXE: {@code file:}, {@code http:} entities
 *       expand to nothing);</li>
 *   <li>external DTDs are not loaded ({@code <!DOCTYPE nitf SYSTEM "../dtd/nitf-3-2.dtd">} parses);</li>
 *   <li>entity expansion is bounded ({@value #ENTITY_EXPANSION_LIMIT} expansions, {@value #TOTAL_ENTITY_SIZE_LIMIT}
 *       characters in all), so "billion laughs" fails fast with a clear error;</li>
 *   <li>XInclude is off and element depth is bounded ({@value #MAX_ELEMENT_DEPTH}).</li>
 * </ul>
 * Thread-safe: each thread reuses its own parser ({@link DocumentBuilder#reset()} between documents), as building a
 * hardened factory and parser costs more than parsing a story of a few KB.
 */
public final class WireXml {

    static final int ENTITY_EXPANSION_LIMIT = 10_000;
    static final int TOTAL_ENTITY_SIZE_LIMIT = 5_000_000;
    static final int MAX_ELEMENT_DEPTH = 500;
    private static final String JAXP = "http://www.oracle.com/xml/jaxp/properties/";
    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(WireXml::newBuilder);

    /**
     * A parsed document.
     *
     * @param dom      the DOM, namespace-aware; owned by the caller
     * @param encoding how the bytes were decoded
     */
    public record XmlDocument(Document dom, XmlEncoding.Decoded encoding) {
    }

    private WireXml() {
    }

    /**
     * Parses an XML wire document.
     *
     * @param content          raw bytes; not modified
     * @param transportCharset the HTTP charset, or null
     * @throws WireFormatException when the document is not well-formed XML (location: {@code line L, column C}), names an
     *                             unknown encoding, or exceeds the entity limits
     */
    public static XmlDocument parse(byte[] content, Charset transportCharset) {
        XmlEncoding.Decoded decoded = XmlEncoding.decode(content, transportCharset);
        String text = XmlEntityRepair.repair(decoded.text());
        DocumentBuilder builder = BUILDERS.get();
        try {
            builder.setErrorHandler(FAIL_ON_FATAL);
            builder.setEntityResolver(NO_EXTERNAL_ENTITIES);
            return new XmlDocument(builder.parse(new InputSource(new StringReader(text))), decoded);
        } catch (SAXParseException e) {
            throw new WireFormatException("line " + e.getLineNumber() + ", column " + e.getColumnNumber(),
                    "not well-formed XML (" + decoded.charset().name() + "): " + e.getMessage());
        } catch (SAXException | IOException e) {
            throw new WireFormatException(null, "not readable XML: " + e.getMessage());
        } finally {
            builder.reset();
        }
    }

    private static DocumentBuilder newBuilder() {
        try {
            return hardenedFactory().newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser lacks a required security feature", e);
        }
    }

    /**
     * The root element of an XML document, read without parsing past it (for choosing a parser by root element).
     *
     * @return the root's namespace and local name; null when the bytes hold no XML element
     */
    public static QName rootElement(byte[] content, Charset transportCharset) {
        String text = XmlEncoding.decode(content, transportCharset).text();
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(text));
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                        return reader.getName();
                    }
                }
                return null;
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            return null;
        }
    }

    static DocumentBuilderFactory hardenedFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setAttribute(JAXP + "entityExpansionLimit", Integer.toString(ENTITY_EXPANSION_LIMIT));
        factory.setAttribute(JAXP + "totalEntitySizeLimit", Integer.toString(TOTAL_ENTITY_SIZE_LIMIT));
        factory.setAttribute(JAXP + "maxElementDepth", Integer.toString(MAX_ELEMENT_DEPTH));
        return factory;
    }

    /** External entities and DTDs, should any slip past the features, expand to nothing. */
    private static final EntityResolver NO_EXTERNAL_ENTITIES =
            (publicId, systemId) -> new InputSource(new StringReader(""));

    private static final ErrorHandler FAIL_ON_FATAL = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
            // non-validating: warnings carry nothing an agency must fix
        }

        @Override
        public void error(SAXParseException exception) {
            // validity errors only; we do not validate
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };
}
