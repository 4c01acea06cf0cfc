package org.newsroom.ingest.format;

import java.util.List;
import javax.xml.namespace.QName;
import org.newsroom.events.Article;
import org.springframework.util.MimeType;

/** Turns one wire document into article events. Implementations are stateless and thread-safe. */
public interface WireParser {

    /**
     * The format name, for logs; also the {@code format} written on the events, except where one parser reads a
     * family ({@code feed}: its events say {@code rss} or {@code atom}).
     */
    String format();

    /** Media types this parser reads (without parameters). */
    List<MimeType> mediaTypes();

    /**
     * Whether this parser reads XML documents with this root element, for deliveries labelled only
     * {@code application/xml} or {@code text/xml}. The default reads none.
     *
     * @param root namespace URI (empty when none) and local name of the document's root element
     */
    default boolean readsRoot(QName root) {
        return false;
    }

    /**
     * Parses a whole document.
     *
     * @param content the raw bytes as delivered; not modified
     * @param context delivering agency and receipt time
     * @return the articles the document holds, at least one
     * @throws WireFormatException when the document or one of its required fields is invalid, naming the location
     */
    List<Article> parse(byte[] content, WireContext context);

    /**
     * Parses a whole document item by item: a document with several items (a feed, a NewsML-G2 {@code newsMessage})
     * reports a bad item as {@link WireItem.Rejected} and still yields the others. The default wraps
     * {@link #parse(byte[], WireContext)}, for formats with one story per document.
     *
     * @param content the raw bytes as delivered; not modified
     * @param context delivering agency, receipt time and transport charset
     * @throws WireFormatException when the document as a whole is unreadable, naming the location
     */
    default WireDocument read(byte[] content, WireContext context) {
        return WireDocument.of(parse(content, context));
    }
}
