package org.newsroom.events;

/**
 * A record value is not a valid article event: not JSON, or JSON that violates the contract. Permanent: retrying the
 * same bytes cannot succeed, so consumers dead-letter the record.
 */
public class ArticleFormatException extends RuntimeException {

    /** @param message what is wrong and where (field or JSON path) */
    public ArticleFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
