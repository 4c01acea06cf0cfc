package org.newsroom.ingest.format;

import java.util.List;
import org.springframework.util.MimeType;

/** No parser reads the delivered media type. Permanent. */
public class UnsupportedWireFormatException extends RuntimeException {

    private final List<MimeType> supported;

    /**
     * @param contentType the media type delivered; may be null when none was given
     * @param supported   the media types that are accepted
     */
    public UnsupportedWireFormatException(String contentType, List<MimeType> supported) {
        super("unsupported Content-Type " + (contentType == null ? "(none)" : contentType) + "; accepted: " + supported);
        this.supported = List.copyOf(supported);
    }

    /** The media types that are accepted. */
    public List<MimeType> supported() {
        return supported;
    }
}
