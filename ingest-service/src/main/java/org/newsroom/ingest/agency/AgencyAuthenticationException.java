package org.newsroom.ingest.agency;

/** The request carries no API key, or one that no agency has. Permanent for that request. */
public class AgencyAuthenticationException extends RuntimeException {

    /** @param message why authentication failed (never includes the key) */
    public AgencyAuthenticationException(String message) {
        super(message);
    }
}
