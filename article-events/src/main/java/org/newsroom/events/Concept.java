package org.newsroom.events;

import java.util.Objects;

/**
 * A term of a controlled vocabulary, as ninjs {@code subject} and {@code genre} entries: e.g. scheme {@code medtop},
 * code {@code 11000000}, name {@code politics}.
 *
 * @param scheme vocabulary alias ({@code medtop}, {@code subj}, {@code genre}, …); may be null when the wire has none
 * @param code   the term's code within the scheme; never blank
 * @param name   human-readable name; may be null
 */
public record Concept(String scheme, String code, String name) {

    /** @throws IllegalArgumentException when {@code code} is null or blank */
    public Concept {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("concept code must not be blank");
        }
        code = code.strip();
    }

    /** The qualified code, {@code scheme:code}, or the bare code when there is no scheme. */
    public String qcode() {
        return scheme == null ? code : scheme + ":" + code;
    }

    /** Two concepts are the same term when scheme and code match, whatever their names. */
    public boolean sameTerm(Concept other) {
        return Objects.equals(scheme, other.scheme) && code.equals(other.code);
    }
}
