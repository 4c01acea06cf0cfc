package org.newsroom.enrich.section;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Section settling, prefix {@code newsroom.enrich.section}. The shipped values are in {@code application.yml} and
 * tabulated in docs/architecture.md ("Site sections").
 *
 * @param sections        the site's sections; every mapped or predicted section must be one of them; not empty
 * @param subjects        agency subject codes to sections, by scheme: {@code subjects.medtop.11000000: politics};
 *                        a code maps when it or one of its broader codes ({@link SubjectHierarchy}) is listed;
 *                        default none
 * @param opinionGenres   genre codes or names (case-insensitive, any scheme) that make a piece {@code opinion};
 *                        default Opinion, Analysis, Editorial, Column, Commentary
 * @param opinionSection  the section of opinion genres; default {@code opinion}
 * @param reviewThreshold a classifier decision whose probability is below this is marked {@code needs_review}; range
 *                        0–1, default 0.6
 * @param model           file system path of a section model written by the train command; empty (the default) uses
 *                        the model bundled with the service
 * @param mediaTopics     file system path of a Media Topics parent table (see {@link SubjectHierarchy}); empty (the
 *                        default) uses the bundled table
 */
@Validated
@ConfigurationProperties("newsroom.enrich.section")
public record SectionProperties(
        @DefaultValue({"politics", "business", "technology", "life", "opinion", "sports"}) @NotEmpty
        Set<String> sections,
        Map<String, Map<String, String>> subjects,
        @DefaultValue({"Opinion", "Analysis", "Editorial", "Column", "Commentary"}) List<String> opinionGenres,
        @DefaultValue("opinion") String opinionSection,
        @DefaultValue("0.6") @DecimalMin("0") @DecimalMax("1") double reviewThreshold,
        @DefaultValue("") String model,
        @DefaultValue("") String mediaTopics) {

    /** @throws IllegalArgumentException naming the key when a mapping targets a section the site does not have */
    public SectionProperties {
        subjects = subjects == null ? Map.of() : Map.copyOf(subjects);
        opinionGenres = opinionGenres == null ? List.of() : List.copyOf(opinionGenres);
        for (var scheme : subjects.entrySet()) {
            for (var mapping : scheme.getValue().entrySet()) {
                if (!sections.contains(mapping.getValue())) {
                    throw new IllegalArgumentException("newsroom.enrich.section.subjects." + scheme.getKey() + "."
                            + mapping.getKey() + ": '" + mapping.getValue() + "' is not one of the sections "
                            + sections);
                }
            }
        }
        if (!sections.contains(opinionSection)) {
            throw new IllegalArgumentException("newsroom.enrich.section.opinion-section: '" + opinionSection
                    + "' is not one of the sections " + sections);
        }
    }
}
