package org.newsroom.enrich.section.training;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * goes through the classifier: the slowest path). Prints the thread's CPU time per step (what one core can do, whatever
 * else the machine runs) and the wall time.
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
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[3];
        long wall = 0;
        for (int round = 0; round <= WARM_UP_ROUNDS; round++) {
            cpu = new long[3];
            long start = System.nanoTime();
            for (Article article : articles) {
                long t0 = threads.getCurrentThreadCpuTime();
                CleanBody body = cleaner.clean(article.bodyHtml(), article.language());
                long t1 = threads.getCurrentThreadCpuTime();
                LanguageDecision language = languages.decide(article, body.text());
                long t2 = threads.getCurrentThreadCpuTime();
                sections.decide(article, body.text(), language);
                long t3 = threads.getCurrentThreadCpuTime();
                cpu[0] += t1 - t0;
                cpu[1] += t2 - t1;
                cpu[2] += t3 - t2;
            }
            wall = System.nanoTime() - start;
        }
        double n = articles.size();
        double total = (cpu[0] + cpu[1] + cpu[2]) / 1e6 / n;
        out.printf("%n# enrich throughput, one thread, %d articles (after %d warm-up rounds)%n"
                + "  CPU time: clean %.3f + language %.3f + section %.3f = %.3f ms/article = %.0f articles/s per core%n"
                + "  wall time: %.3f ms/article = %.0f articles/s (includes time the thread waited for a core; load "
                + "average %.1f on %d cores)%n", articles.size(), WARM_UP_ROUNDS, cpu[0] / 1e6 / n, cpu[1] / 1e6 / n,
                cpu[2] / 1e6 / n, total, 1000 / total, wall / 1e6 / n, 1e9 * n / wall,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
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
