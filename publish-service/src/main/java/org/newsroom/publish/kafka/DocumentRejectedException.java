package org.newsroom.publish.kafka;

/** Elasticsearch refused a document (mapping or parsing error). Permanent: the record is dead-lettered. */
public class DocumentRejectedException extends RuntimeException {

    /** @param errorType Elasticsearch's {@code error.type}; @param reason its {@code error.reason} */
    public DocumentRejectedException(String errorType, String reason) {
        super("Elasticsearch rejected the document: " + errorType + ": " + reason);
    }
}
