package org.newsroom.ingest.http;

import org.springframework.util.unit.DataSize;

/** The request body exceeds {@code newsroom.ingest.http.max-body-size}. Permanent for that body. */
class PayloadTooLargeException extends RuntimeException {

    PayloadTooLargeException(DataSize limit) {
        super("request body exceeds the limit of " + limit.toBytes() + " bytes");
    }
}
