package org.newsroom.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Publication status, as IPTC ninjs {@code pubstatus}. */
public enum PubStatus {
    /** The story may be published. */
    @JsonProperty("usable") USABLE,
    /** The story is temporarily held back: not shown on the site, may become usable again. */
    @JsonProperty("withheld") WITHHELD,
    /** A kill: every version of the URI is taken off the site for good. */
    @JsonProperty("canceled") CANCELED
}
