package org.newsroom.enrich;

import java.time.Clock;
import org.newsroom.enrich.clean.BodyCleaner;
import org.newsroom.enrich.clean.CleanBody;
import org.newsroom.enrich.clean.UnicodeText;
import org.newsroom.enrich.language.LanguageDecider;
import org.newsroom.events.Article;
import org.newsroom.events.Enrichment;
import org.newsroom.events.LanguageDecision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Runs every enrichment step on one article. Pure: no I/O; thread-safe. */
@Component
public class ArticleEnricher {

    private final Clock clock;
    private final BodyCleaner cleaner;
    private final LanguageDecider languages;

    @Autowired
    ArticleEnricher(BodyCleaner cleaner, LanguageDecider languages) {
        this(Clock.systemUTC(), cleaner, languages);
    }

    ArticleEnricher(Clock clock, BodyCleaner cleaner, LanguageDecider languages) {
        this.clock = clock;
        this.cleaner = cleaner;
        this.languages = languages;
    }

    /**
     * @param article an ingested article (not a kill)
     * @return the article with its headline normalized and its body sanitized, carrying its {@link Enrichment}
     */
    public Article enrich(Article article) {
        CleanBody body = cleaner.clean(article.bodyHtml(), article.language());
        Article clean = article.withText(UnicodeText.normalize(article.headline()), body.html());
        LanguageDecision language = languages.decide(clean, body.text());
        return clean.withEnrichment(new Enrichment(body.text(), language, null, null, null,
                body.boilerplateRemoved(), clock.instant()));
    }
}
