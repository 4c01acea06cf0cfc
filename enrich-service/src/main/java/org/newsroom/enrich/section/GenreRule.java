package org.newsroom.enrich.section;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsroom.events.Concept;
import org.newsroom.events.SectionDecision;

/**
 * Rule 2: an opinion genre ({@code genre:Opinion}, Analysis, Editorial, Column, Commentary, as configured) puts the
 * piece in the opinion section, confidence 1.0. A genre matches by its code or its name, case-insensitively, in any
 * scheme (IPTC's {@code genre:} NewsCodes and agencies' own). Thread-safe.
 */
final class GenreRule {

    /** {@code decided_by} of this rule. */
    static final String DECIDED_BY = "rule";

    private final Set<String> genres;
    private final String section;

    GenreRule(List<String> opinionGenres, String section) {
        this.genres = opinionGenres.stream().map(g -> g.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        this.section = section;
    }

    Optional<SectionDecision> decide(List<Concept> genre) {
        for (Concept concept : genre) {
            Concept canonical = SubjectRule.canonical(concept);
            if (matches(canonical.code()) || matches(canonical.name())) {
                return Optional.of(new SectionDecision(section, 1.0, DECIDED_BY,
                        "genre " + canonical.qcode() + " = " + section, false));
            }
        }
        return Optional.empty();
    }

    private boolean matches(String value) {
        return value != null && genres.contains(value.strip().toLowerCase(Locale.ROOT));
    }
}
