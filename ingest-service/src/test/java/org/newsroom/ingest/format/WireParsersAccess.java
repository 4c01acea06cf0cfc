package org.newsroom.ingest.format;

import java.util.List;

/** Builds the registry outside Spring, for tests. */
public final class WireParsersAccess {

    private WireParsersAccess() {
    }

    /** A registry of these parsers. */
    public static WireParsers of(List<WireParser> parsers) {
        return new WireParsers(parsers);
    }
}
