package org.newsroom.ingest.format;

import org.newsroom.events.Concept;

/**
 * Reads IPTC concept identifiers in their wire spellings into {@link Concept}s with short scheme aliases: QCodes
 * ({@code medtop:04000000}, {@code subj:15007000}, {@code N2:TRAN}) and NewsCodes URIs
 * ({@code http://cv.iptc.org/newscodes/mediatopic/15000000} → {@code medtop}, {@code …/subjectcode/…} → {@code subj},
 * {@code …/genre/…} → {@code genre}), per the IPTC NewsML-G2 guidelines on QCodes and the NewsCodes catalog.
 */
public final class IptcConcepts {

    private static final String NEWSCODES = "cv.iptc.org/newscodes/";

    private IptcConcepts() {
    }

    /**
     * A concept from a QCode or a NewsCodes URI.
     *
     * @param id   {@code scheme:code} or a URI; may be null
     * @param name the human-readable name; may be null
     * @return the concept, or null when {@code id} is null or blank or has no code
     */
    public static Concept of(String id, String name) {
        if (id == null || id.isBlank()) {
            return null;
        }
        String value = id.strip();
        int newscodes = value.indexOf(NEWSCODES);
        if (newscodes >= 0) {
            String rest = value.substring(newscodes + NEWSCODES.length());
            int slash = rest.indexOf('/');
            if (slash <= 0 || slash == rest.length() - 1) {
                return null;
            }
            return new Concept(schemeAlias(rest.substring(0, slash)), rest.substring(slash + 1).replaceAll("/$", ""), name);
        }
        if (value.startsWith("http://") || value.startsWith("https://")) {
            return new Concept(null, value, name);
        }
        int colon = value.indexOf(':');
        if (colon > 0 && colon < value.length() - 1) {
            return new Concept(value.substring(0, colon), value.substring(colon + 1), name);
        }
        return new Concept(null, value, name);
    }

    /** {@code medtop} for the Media Topics scheme name {@code mediatopic}, {@code subj} for {@code subjectcode}. */
    public static String schemeAlias(String scheme) {
        return switch (scheme) {
            case "mediatopic" -> "medtop";
            case "subjectcode" -> "subj";
            default -> scheme;
        };
    }
}
