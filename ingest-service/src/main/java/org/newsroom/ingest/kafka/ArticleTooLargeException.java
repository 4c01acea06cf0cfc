package org.newsroom.ingest.kafka;

/**
 * An article encodes to a record larger than the topic accepts. Permanent (413): checked before sending, so the
 * producer never meets {@code RecordTooLargeException}.
 */
public class ArticleTooLargeException extends RuntimeException {

    /**
     * @param uri        the article
     * @param bytes      its encoded size
     * @param limitBytes the largest record value accepted
     */
    public ArticleTooLargeException(String uri, int bytes, int limitBytes) {
        super("article " + uri + " encodes to " + bytes + " bytes, over the record limit of " + limitBytes + " bytes");
    }
}
