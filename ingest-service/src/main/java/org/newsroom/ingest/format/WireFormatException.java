package org.newsroom.ingest.format;

/**
 * The bytes are not a valid story of the format: permanent, the agency must fix them. Carries where the problem is.
 */
public class WireFormatException extends RuntimeException {

    private final String location;

    /**
     * @param location where in the document: a JSON Pointer ({@code /versioncreated}) or an XPath; may be null when
     *                 the document as a whole is unreadable
     * @param message  what is wrong, for the agency's developers
     */
    public WireFormatException(String location, String message) {
        super(message);
        this.location = location;
    }

    /** Where the problem is (JSON Pointer or XPath), or null for the whole document. */
    public String location() {
        return location;
    }
}
