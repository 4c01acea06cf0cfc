package org.newsroom.publish.support;

import java.time.Instant;
import java.util.UUID;
import org.newsroom.events.Article;
import org.newsroom.events.Enrichment;
import org.newsroom.events.LanguageDecision;
import org.newsroom.events.PubStatus;
import org.newsroom.events.SectionDecision;

/** Enriched articles for tests, each under a fresh URI unless one is given. */
public final class Articles {

    private Articles() {
    }

    /** A fresh URI with a readable prefix. */
    public static String uri(String prefix) {
        return "urn:newsroom:test:" + prefix + ":" + UUID.randomUUID();
    }

    /** A usable enriched article of {@code language} in section {@code politics}. */
    public static Article article(String uri, long version, String language, String headline, String body) {
        return builder(uri, version, headline, body).build().withEnrichment(enrichment(language, body));
    }

    /** Like {@link #article} with another pubstatus and embargo. */
    public static Article article(String uri, long version, String language, String headline, String body,
            PubStatus pubstatus, Instant embargoed) {
        return builder(uri, version, headline, body).pubstatus(pubstatus).embargoed(embargoed).build()
                .withEnrichment(enrichment(language, body));
    }

    /** A kill ({@code pubstatus=canceled}) of {@code uri}, as enrich passes it on. */
    public static Article kill(String uri, long version) {
        return Article.builder().uri(uri).version(version).versioncreated(Instant.now()).pubstatus(PubStatus.CANCELED)
                .source("test").format("ninjs").build();
    }

    private static Article.Builder builder(String uri, long version, String headline, String body) {
        return Article.builder().uri(uri).version(version).versioncreated(Instant.now()).headline(headline)
                .bodyHtml("<p>" + body + "</p>").source("test").format("ninjs");
    }

    private static Enrichment enrichment(String language, String body) {
        return new Enrichment(body, new LanguageDecision(language, 0.99, "detected"),
                new SectionDecision("politics", 1, "agency-subject", "medtop:11000000", false), null, null, null,
                Instant.now());
    }
}
