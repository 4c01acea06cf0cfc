package org.newsroom.enrich.related;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.newsroom.enrich.clean.BodyText;
import org.newsroom.events.Article;
import org.newsroom.events.Concept;
import org.newsroom.events.Enrichment;
import org.newsroom.events.PubStatus;

/**
 * What linking needs of an article: the text it is compared on, and what filters and boosts it.
 *
 * @param uri            the article URI; never blank
 * @param language       primary language subtag, lower case (the settled language, else the wire's); null if unknown
 * @param headline       never null
 * @param text           headline and clean body text, blank-line separated; never null
 * @param subjects       IPTC subject qcodes ({@code medtop:11000000}); never null
 * @param section        site section; null when none was settled
 * @param versioncreated never null
 * @param embargoed      not to be shown before; null when not embargoed
 * @param usable         pubstatus is usable (not withheld, not canceled)
 * @param duplicateOf    the URI this article near-duplicates; null when none
 */
record LinkableArticle(String uri, String language, String headline, String text, Set<String> subjects,
        String section, Instant versioncreated, Instant embargoed, boolean usable, String duplicateOf) {

    LinkableArticle {
        subjects = Set.copyOf(subjects);
    }

    /** @param article an ingested or enriched article; a kill has no text and is not usable */
    static LinkableArticle of(Article article) {
        Enrichment enrichment = article.enrichment();
        String body = enrichment != null ? enrichment.bodyText() : BodyText.of(article.bodyHtml());
        String headline = article.headline() == null ? "" : article.headline().strip();
        String language = enrichment != null && enrichment.language() != null
                ? enrichment.language().code()
                : article.language();
        Set<String> subjects = new LinkedHashSet<>();
        for (Concept concept : article.subject()) {
            subjects.add(concept.qcode());
        }
        return new LinkableArticle(article.uri(), primary(language), headline,
                headline.isEmpty() ? body : headline + "\n\n" + body, subjects,
                enrichment != null && enrichment.section() != null ? enrichment.section().name() : null,
                article.versioncreated(), article.embargoed(), article.pubstatus() == PubStatus.USABLE,
                enrichment != null ? enrichment.duplicateOf() : null);
    }

    /** True when the article may not be shown yet at {@code now}. */
    boolean embargoedAt(Instant now) {
        return embargoed != null && embargoed.isAfter(now);
    }

    private static String primary(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String primary = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return primary.isEmpty() ? null : primary;
    }
}
