package org.newsroom.enrich.override;

import org.newsroom.enrich.section.SectionDecider;
import org.newsroom.events.SectionDecision;
import org.newsroom.events.SectionOverride;

/**
 * Where an editor's decision stands against enrichment's own: on the version the editor decided on it wins over
 * everything (the editor saw that version, its codes included); on every later version it wins over the genre rule
 * and the classifier, but not over the agency's IPTC subject codes ({@code agency-subject}): a later version whose codes
 * map to a section takes the agency's section. An earlier version (a late delivery) keeps its own decision. Pure.
 */
public final class EditorSectionRule {

    private EditorSectionRule() {
    }

    /**
     * @param automatic      the decision of {@link SectionDecider} (or the one the version was published with); may
     *                       be null
     * @param articleVersion the version being enriched
     * @param override       the editor's latest decision on the URI; may be null
     * @return the section decision the version gets; {@code automatic} when the override does not apply
     */
    public static SectionDecision decide(SectionDecision automatic, long articleVersion, SectionOverride override) {
        if (override == null || articleVersion < override.version()) {
            return automatic;
        }
        if (articleVersion > override.version() && automatic != null
                && SectionDecider.AGENCY_SUBJECT.equals(automatic.decidedBy())) {
            return automatic;
        }
        return editorial(override);
    }

    /** The decision an override stands for: confidence 1, no review needed, the reason naming editor, time and change. */
    static SectionDecision editorial(SectionOverride override) {
        String change = override.section().equals(override.previous()) ? "confirmed " + override.section()
                : (override.previous() == null ? "" : override.previous() + " → ") + override.section();
        return new SectionDecision(override.section(), 1.0, SectionDecision.EDITOR, "editor " + override.editor()
                + " at " + override.at() + " on version " + override.version() + ": " + change, false);
    }
}
