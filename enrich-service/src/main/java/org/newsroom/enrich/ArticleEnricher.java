package org.newsroom.enrich;

import java.time.Clock;
import org.newsroom.enrich.clean.BodyCleaner;
import org.newsroom.enrich.clean.CleanBody;
import org.newsroom.enrich.clean.UnicodeText;
import org.newsroom.enrich.language.WireLanguage;
import org.newsroom.events.Article;
import org.newsroom.events.Enrichment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Runs every enrichment step on one article. Pure: no I/O; thread-safe. */
@Component
public class ArticleEnricher {

    private final Clock clock;
    private final BodyCleaner cleaner;

    @Autowired
    ArticleEnricher(BodyCleaner cleaner) {
        this(Clock.systemUTC(), cleaner);
    }

    ArticleEnricher(Clock clock, BodyCleaner cleaner) {
        this.clock = clock;
        this.cleaner = cleaner;
    }

    /**
     * @param article an ingested article (not a kill)
     * @return the article with its headline normalized and its body sanitized, carrying its {@link Enrichment}
     */
    public Article enrich(Article article) {
        CleanBody body = cleaner.clean(article.bodyHtml(), article.language());
        Article clean = article.withText(UnicodeText.normalize(article.headline()), body.html());
        return clean.withEnrichment(new Enrichment(body.text(), WireLanguage.of(article), null, null, null,
                body.boilerplateRemoved(), clock.instant()));
    }
}
