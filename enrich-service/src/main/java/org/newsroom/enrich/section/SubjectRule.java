package org.newsroom.enrich.section;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.newsroom.events.Concept;
import org.newsroom.events.SectionDecision;

/**
 * Rule 1: the agency's IPTC subject codes. Subjects are tried in the agency's order (the main subject first); for
 * each, the code and then its broader codes are looked up in the configured mapping, and the first hit decides with
 * confidence 1.0. The reason names the chain, e.g. {@code medtop:20000849 (baseball) → medtop:20000822 (competition
 * discipline) → medtop:15000000 (sport) = sports}. Thread-safe.
 */
final class SubjectRule {

    /** {@code decided_by} of this rule. */
    static final String DECIDED_BY = "agency-subject";

    private static final String MEDIA_TOPIC_URI = "http://cv.iptc.org/newscodes/mediatopic/";
    private static final String SUBJECT_CODE_URI = "http://cv.iptc.org/newscodes/subjectcode/";

    private final Map<String, Map<String, String>> mapping;
    private final SubjectHierarchy hierarchy;

    SubjectRule(Map<String, Map<String, String>> mapping, SubjectHierarchy hierarchy) {
        this.mapping = mapping;
        this.hierarchy = hierarchy;
    }

    Optional<SectionDecision> decide(List<Concept> subjects) {
        for (Concept subject : subjects) {
            Concept concept = canonical(subject);
            List<String> chain = hierarchy.selfAndAncestors(concept.scheme(), concept.code());
            for (int i = 0; i < chain.size(); i++) {
                String section = lookup(chain.get(i));
                if (section != null) {
                    String path = chain.subList(0, i + 1).stream().map(this::described)
                            .collect(Collectors.joining(" → "));
                    return Optional.of(new SectionDecision(section, 1.0, DECIDED_BY, path + " = " + section, false));
                }
            }
        }
        return Optional.empty();
    }

    private String lookup(String qcode) {
        int colon = qcode.indexOf(':');
        if (colon < 0) {
            return null;
        }
        Map<String, String> scheme = mapping.get(qcode.substring(0, colon));
        return scheme == null ? null : scheme.get(qcode.substring(colon + 1));
    }

    private String described(String qcode) {
        String label = hierarchy.label(qcode);
        return label == null ? qcode : qcode + " (" + label + ")";
    }

    /** Scheme alias and bare code, also for concepts whose code is a qcode or a NewsCodes URI. */
    static Concept canonical(Concept concept) {
        String code = concept.code();
        if (code.startsWith(MEDIA_TOPIC_URI)) {
            return new Concept("medtop", code.substring(MEDIA_TOPIC_URI.length()), concept.name());
        }
        if (code.startsWith(SUBJECT_CODE_URI)) {
            return new Concept("subj", code.substring(SUBJECT_CODE_URI.length()), concept.name());
        }
        int colon = code.indexOf(':');
        if (concept.scheme() == null && colon > 0) {
            return new Concept(code.substring(0, colon), code.substring(colon + 1), concept.name());
        }
        return concept;
    }
}
