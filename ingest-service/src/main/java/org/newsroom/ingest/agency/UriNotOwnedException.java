package org.newsroom.ingest.agency;

/** An agency sent a story whose URI it does not own. Permanent: 403. */
public class UriNotOwnedException extends RuntimeException {

    private final String uri;

    /**
     * @param uri    the refused story URI
     * @param sender the agency that sent it
     * @param owner  the agency owning it, or null when none does
     */
    public UriNotOwnedException(String uri, Agency sender, Agency owner) {
        super(owner == null
                ? "agency " + sender.id() + " does not own URI " + uri + "; it owns " + sender.ownedPrefixes()
                : "URI " + uri + " belongs to another agency's namespace; " + sender.id() + " owns " + sender.ownedPrefixes());
        this.uri = uri;
    }

    /** The refused story URI. */
    public String uri() {
        return uri;
    }
}
