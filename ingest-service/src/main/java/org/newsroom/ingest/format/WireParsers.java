package org.newsroom.ingest.format;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeType;

/** Picks the parser for a delivery's Content-Type. Thread-safe. */
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

    private List<MimeType> supported() {
        return parsers.stream().flatMap(p -> p.mediaTypes().stream()).toList();
    }
}
