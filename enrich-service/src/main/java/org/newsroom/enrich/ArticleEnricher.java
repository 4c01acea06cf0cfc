package org.newsroom.enrich;

import java.time.Clock;
import org.newsroom.enrich.clean.BodyCleaner;
import org.newsroom.enrich.clean.CleanBody;
import org.newsroom.enrich.clean.UnicodeText;
import org.newsroom.enrich.language.LanguageDecider;
import org.newsroom.enrich.override.SectionOverrideTable;
import org.newsroom.enrich.section.SectionDecider;
import org.newsroom.events.Article;
import org.newsroom.events.Enrichment;
import org.newsroom.events.LanguageDecision;
import org.newsroom.events.SectionDecision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Runs every enrichment step on one article; the section is the rules' and classifier's decision unless an editor's
 * decision on an earlier version of the URI stands ({@link SectionOverrideTable}). No I/O; thread-safe.
 */
@Component
public class ArticleEnricher {

    private final Clock clock;
    private final BodyCleaner cleaner;
    private final LanguageDecider languages;
    private final SectionDecider sections;
    private final SectionOverrideTable overrides;

    /** Wires the steps; the clock is the system's UTC clock. */
    @Autowired
    public ArticleEnricher(BodyCleaner cleaner, LanguageDecider languages, SectionDecider sections,
            SectionOverrideTable overrides) {
        this(Clock.systemUTC(), cleaner, languages, sections, overrides);
    }

    ArticleEnricher(Clock clock, BodyCleaner cleaner, LanguageDecider languages, SectionDecider sections,
            SectionOverrideTable overrides) {
        this.clock = clock;
        this.cleaner = cleaner;
        this.languages = languages;
        this.sections = sections;
        this.overrides = overrides;
    }

    /**
     * @param article an ingested article (not a kill)
     * @return the article with its headline normalized and its body sanitized, carrying its {@link Enrichment}
     */
    public Article enrich(Article article) {
        CleanBody body = cleaner.clean(article.bodyHtml(), article.language());
        Article clean = article.withText(UnicodeText.normalize(article.headline()), body.html());
        LanguageDecision language = languages.decide(clean, body.text());
        SectionDecision section = overrides.decide(clean, sections.decide(clean, body.text(), language));
        return clean.withEnrichment(new Enrichment(body.text(), language, section, null, null,
                body.boilerplateRemoved(), clock.instant()));
    }
}
