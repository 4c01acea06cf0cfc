package org.newsroom.ingest.http;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.util.unit.DataSize;

/** Reads a request body without ever holding more than the limit plus one byte. */
final class RequestBodies {

    private RequestBodies() {
    }

    /**
     * @param body          the request stream; consumed, not closed
     * @param contentLength the declared length, or -1 when unknown (chunked)
     * @param limit         the largest body accepted
     * @throws PayloadTooLargeException when the body is longer than {@code limit}
     * @throws IOException              when the client connection fails
     */
    static byte[] read(InputStream body, long contentLength, DataSize limit) throws IOException {
        long max = limit.toBytes();
        if (contentLength > max) {
            throw new PayloadTooLargeException(limit);
        }
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (bytes.length > max) {
            throw new PayloadTooLargeException(limit);
        }
        return bytes;
    }
}
