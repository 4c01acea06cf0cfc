package org.newsroom.publish.kafka;

/** Elasticsearch refused a document (mapping or parsing error). Permanent: the record is dead-lettered. */
class DocumentRejectedException extends RuntimeException {

    DocumentRejectedException(String errorType, String reason) {
        super("Elasticsearch rejected the document: " + errorType + ": " + reason);
    }
}
