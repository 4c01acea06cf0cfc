package org.newsroom.ingest.format;

import java.nio.charset.Charset;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.namespace.QName;
import org.newsroom.ingest.format.xml.WireXml;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeType;

/**
 * Picks the parser for a delivery: by Content-Type, and for the generic {@code application/xml} and {@code text/xml}
 * by the document's root element ({@code newsItem}, {@code nitf}, {@code rss}, Atom {@code feed}, …). Thread-safe.
 */
@Component
public class WireParsers {

    private final List<WireParser> parsers;

    WireParsers(List<WireParser> parsers) {
        this.parsers = List.copyOf(parsers);
    }

    /**
     * The parser for a media type; parameters such as {@code charset} are ignored for the choice.
     *
     * @param contentType the raw Content-Type header value; may be null
     * @throws UnsupportedWireFormatException when no parser reads it
     */
    public WireParser forContentType(String contentType) {
        if (contentType != null) {
            try {
                MimeType type = MimeType.valueOf(contentType);
                for (WireParser parser : parsers) {
                    for (MimeType supported : parser.mediaTypes()) {
                        if (supported.equalsTypeAndSubtype(type)) {
                            return parser;
                        }
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // reported below as unsupported, which names what is accepted
            }
        }
        throw new UnsupportedWireFormatException(contentType, supported());
    }

    /**
     * The parser for a delivery, sniffing the root element when the media type is generic XML.
     *
     * @param contentType      the raw Content-Type header value; may be null
     * @param content          the body, read only as far as its root element
     * @param transportCharset the Content-Type charset, or null
     * @throws UnsupportedWireFormatException when no parser reads the media type, or, for generic XML, the root element
     * @throws WireFormatException             when generic XML is not well-formed, so that no root element can be read
     */
    public WireParser forDelivery(String contentType, byte[] content, Charset transportCharset) {
        MimeType type = mimeType(contentType);
        if (type != null && isGenericXml(type)) {
            QName root = WireXml.rootElement(content, transportCharset);
            if (root == null) {
                WireXml.parse(content, transportCharset); // not well-formed: throws, naming line and column
            }
            if (root != null) {
                for (WireParser parser : parsers) {
                    if (parser.readsRoot(root)) {
                        return parser;
                    }
                }
            }
            throw new UnsupportedWireFormatException(contentType + " with root element "
                    + (root == null ? "(none)" : "{" + root.getNamespaceURI() + "}" + root.getLocalPart()), supported());
        }
        return forContentType(contentType);
    }

    private static boolean isGenericXml(MimeType type) {
        return (type.getType().equals("application") || type.getType().equals("text"))
                && type.getSubtype().equals("xml");
    }

    private static MimeType mimeType(String contentType) {
        if (contentType == null) {
            return null;
        }
        try {
            return MimeType.valueOf(contentType);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private List<MimeType> supported() {
        return Stream.concat(parsers.stream().flatMap(p -> p.mediaTypes().stream()),
                Stream.of(MimeType.valueOf("application/xml"), MimeType.valueOf("text/xml"))).toList();
    }
}
