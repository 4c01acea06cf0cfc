package org.newsroom.publish.index;

/** Elasticsearch kept answering 429 or 5xx for some documents past the retry budget. Retriable later. */
public class ElasticsearchUnavailableException extends RuntimeException {

    /** @param message how many documents failed and the last status and error type seen */
    public ElasticsearchUnavailableException(String message) {
        super(message);
    }
}
