package org.newsroom.enrich.section.training;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import org.newsroom.enrich.clean.BodyCleaner;
import org.newsroom.enrich.clean.CleanBody;
import org.newsroom.enrich.language.LanguageDecider;
import org.newsroom.enrich.section.SectionDecider;
import org.newsroom.events.Article;
import org.newsroom.events.LanguageDecision;

/**
 * Single-thread throughput of clean + language + section, as the service is configured ({@code application.yml},
 * bundled model), on articles built from corpus items (paragraphs as {@code <p>}, no subject codes, so every article
 * goes through the classifier: the slowest path). Prints ms/article per step and articles/s overall.
 */
final class EnrichThroughput {

    private static final int WARM_UP_ROUNDS = 2;

    private EnrichThroughput() {
    }

    static void measure(PrintStream out, List<LabelledText> items) {
        ServiceConfiguration config = ServiceConfiguration.load();
        BodyCleaner cleaner = new BodyCleaner(config.clean());
        LanguageDecider languages = new LanguageDecider(config.language());
        SectionDecider sections = new SectionDecider(config.section());
        List<Article> articles = items.stream().map(EnrichThroughput::article).toList();
        long[] nanos = new long[3];
        for (int round = 0; round <= WARM_UP_ROUNDS; round++) {
            nanos = new long[3];
            for (Article article : articles) {
                long t0 = System.nanoTime();
                CleanBody body = cleaner.clean(article.bodyHtml(), article.language());
                long t1 = System.nanoTime();
                LanguageDecision language = languages.decide(article, body.text());
                long t2 = System.nanoTime();
                sections.decide(article, body.text(), language);
                long t3 = System.nanoTime();
                nanos[0] += t1 - t0;
                nanos[1] += t2 - t1;
                nanos[2] += t3 - t2;
            }
        }
        double n = articles.size();
        double total = (nanos[0] + nanos[1] + nanos[2]) / 1e6 / n;
        out.printf("%n# enrich throughput, one thread, %d articles (after %d warm-up rounds): clean %.3f + language "
                + "%.3f + section %.3f = %.3f ms/article = %.0f articles/s%n", articles.size(), WARM_UP_ROUNDS,
                nanos[0] / 1e6 / n, nanos[1] / 1e6 / n, nanos[2] / 1e6 / n, total, 1000 / total);
    }

    private static Article article(LabelledText item) {
        String[] paragraphs = item.text().split("\n\\s*\n|\n");
        StringBuilder html = new StringBuilder();
        for (int i = 1; i < paragraphs.length; i++) {
            html.append("<p>").append(paragraphs[i].strip().replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
        }
        return Article.builder().uri("urn:eval:" + item.corpus() + ":" + item.id()).version(1)
                .versioncreated(Instant.EPOCH).source("eval").format("ninjs").language(item.language())
                .headline(paragraphs[0].strip().isEmpty() ? "-" : paragraphs[0].strip())
                .bodyHtml(html.toString()).build();
    }
}
