package org.newsroom.enrich;

import java.time.Clock;
import org.newsroom.enrich.clean.BodyText;
import org.newsroom.enrich.language.WireLanguage;
import org.newsroom.events.Article;
import org.newsroom.events.Enrichment;
import org.springframework.stereotype.Component;

/** Runs every enrichment step on one article. Pure: no I/O; thread-safe. */
@Component
public class ArticleEnricher {

    private final Clock clock;

    ArticleEnricher() {
        this(Clock.systemUTC());
    }

    ArticleEnricher(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param article an ingested article (not a kill)
     * @return the same article carrying its {@link Enrichment}
     */
    public Article enrich(Article article) {
        String bodyText = BodyText.of(article.bodyHtml());
        return article.withEnrichment(new Enrichment(bodyText, WireLanguage.of(article), null, null, null, null,
                clock.instant()));
    }
}
