package org.newsroom.enrich.section;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Broader-term chains of IPTC subject vocabularies, so that a deep code implies its parents:
 * <ul>
 *   <li>{@code medtop} (Media Topics): codes carry no structure, so parents come from a table (TSV: code, broader
 *       code, label; {@code #} comments), by default the bundled {@code iptc-mediatopic-parents.tsv} (see its header
 *       for provenance and coverage);</li>
 *   <li>{@code subj} (legacy Subject Codes, 8 digits: 2 subject, 3 matter, 3 detail): parents by structure,
 *       {@code 04008024 → 04008000 → 04000000}.</li>
 * </ul>
 * Immutable; thread-safe.
 */
public final class SubjectHierarchy {

    /** Classpath location of the bundled Media Topics table. */
    public static final String BUNDLED_MEDIA_TOPICS = "/org/newsroom/enrich/section/iptc-mediatopic-parents.tsv";

    private static final int MAX_DEPTH = 16;

    private final Map<String, String> mediaTopicParents;
    private final Map<String, String> mediaTopicLabels;

    private SubjectHierarchy(Map<String, String> parents, Map<String, String> labels) {
        this.mediaTopicParents = Map.copyOf(parents);
        this.mediaTopicLabels = Map.copyOf(labels);
    }

    /** @return the hierarchy with the bundled Media Topics table */
    public static SubjectHierarchy bundled() {
        try (InputStream in = SubjectHierarchy.class.getResourceAsStream(BUNDLED_MEDIA_TOPICS)) {
            if (in == null) {
                throw new IOException(BUNDLED_MEDIA_TOPICS + " not on the classpath");
            }
            return read(in, BUNDLED_MEDIA_TOPICS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param in     a Media Topics table (UTF-8 TSV: code, broader code or empty, label); consumed, not closed
     * @param source name of the table for error messages
     * @throws IllegalArgumentException naming the source and line of a malformed row
     * @throws IOException when the stream cannot be read
     */
    public static SubjectHierarchy read(InputStream in, String source) throws IOException {
        Map<String, String> parents = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length < 2 || !fields[0].matches("\\d{8}") || !fields[1].matches("(\\d{8})?")) {
                throw new IllegalArgumentException(source + " line " + lineNumber
                        + ": expected <8-digit code> TAB <8-digit broader code or empty> TAB <label>, got: " + line);
            }
            if (!fields[1].isEmpty()) {
                parents.put(fields[0], fields[1]);
            }
            if (fields.length > 2 && !fields[2].isBlank()) {
                labels.put(fields[0], fields[2].strip());
            }
        }
        return new SubjectHierarchy(parents, labels);
    }

    /**
     * @param scheme vocabulary alias ({@code medtop}, {@code subj}); other schemes have no known parents
     * @param code   the code within the scheme
     * @return {@code scheme:code} followed by its broader codes, nearest first
     */
    public List<String> selfAndAncestors(String scheme, String code) {
        List<String> chain = new ArrayList<>();
        chain.add(qcode(scheme, code));
        String current = code;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            String parent = parent(scheme, current);
            if (parent == null) {
                break;
            }
            chain.add(qcode(scheme, parent));
            current = parent;
        }
        return chain;
    }

    /** @return the English label of a Media Topic code, or null when the table has none */
    public String label(String qcode) {
        return qcode.startsWith("medtop:") ? mediaTopicLabels.get(qcode.substring("medtop:".length())) : null;
    }

    private String parent(String scheme, String code) {
        if ("medtop".equals(scheme)) {
            return mediaTopicParents.get(code);
        }
        if ("subj".equals(scheme) && code.matches("\\d{8}")) {
            if (!code.endsWith("000")) {
                return code.substring(0, 5) + "000";
            }
            if (!code.endsWith("000000")) {
                return code.substring(0, 2) + "000000";
            }
        }
        return null;
    }

    private static String qcode(String scheme, String code) {
        return scheme == null ? code : scheme + ":" + code;
    }
}
