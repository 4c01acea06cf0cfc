package org.newsroom.ingest.format;

import java.util.List;
import org.newsroom.events.Article;
import org.springframework.util.MimeType;

/** Turns one wire document into article events. Implementations are stateless and thread-safe. */
public interface WireParser {

    /** The {@code format} name written on the events, e.g. {@code ninjs}. */
    String format();

    /** Media types this parser reads (without parameters). */
    List<MimeType> mediaTypes();

    /**
     * Parses a whole document.
     *
     * @param content the raw bytes as delivered; not modified
     * @param context delivering agency and receipt time
     * @return the articles the document holds, at least one
     * @throws WireFormatException when the document or one of its required fields is invalid, naming the location
     */
    List<Article> parse(byte[] content, WireContext context);
}
