package org.newsroom.publish.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.events.Article;
import org.newsroom.events.Enrichment;
import org.newsroom.events.LanguageDecision;
import org.newsroom.events.RelatedArticle;
import org.newsroom.events.SectionDecision;
import org.newsroom.infra.junit.LocalInfra;
import org.newsroom.infra.junit.LocalInfraExtension;
import org.newsroom.publish.support.Articles;
import org.newsroom.publish.support.EnrichedStream;
import org.newsroom.publish.support.NodeClient;
import org.newsroom.publish.support.RunningPublishService;
import org.newsroom.publish.support.SiteClient;

/**
 * The server-rendered preview: front page, section, article with related links, search; Arabic right-to-left. A
 * screenshot of the Arabic article page goes to {@code target/site-preview/} when headless Chromium is installed.
 */
@ExtendWith(LocalInfraExtension.class)
class SitePreviewIT {

    @Test
    void pagesShowPublishedArticlesWithArabicRightToLeft(LocalInfra infra) throws Exception {
        String english = Articles.uri("preview-en");
        String arabic = Articles.uri("preview-ar");
        Article englishArticle = Articles.article(english, 1, "en", "Parliament passes the budget",
                "The parliament passed the budget on Monday.");
        Article arabicArticle = Article.builder().uri(arabic).version(1).versioncreated(Instant.now())
                .headline("البرلمان يقر الموازنة العامة").bodyHtml("<p>x</p>").source("test").format("ninjs").build()
                .withEnrichment(new Enrichment("أقر البرلمان الموازنة العامة يوم الاثنين.\n\nوصوت النواب بالأغلبية.",
                        new LanguageDecision("ar", 0.99, "detected"),
                        new SectionDecision("politics", 1, "agency-subject", "medtop:11000000", false), null,
                        List.of(new RelatedArticle(english, "Parliament passes the budget", 0.8)), null,
                        Instant.now()));
        try (EnrichedStream stream = new EnrichedStream(infra.kafka());
                RunningPublishService service = RunningPublishService.start(infra)) {
            stream.sendAll(List.of(englishArticle, arabicArticle));
            SiteClient site = new SiteClient(service.url());
            for (String uri : List.of(english, arabic)) {
                await().atMost(Duration.ofSeconds(60)).until(() -> site.article(uri).status() == 200);
            }
            new NodeClient(infra.elasticsearch().httpUri()).post("/articles/_refresh", "");

            Document front = Jsoup.connect(service.url() + "/").get();
            Element arabicItem = front.selectFirst("li:has(a[href*=preview-ar])");
            assertThat(arabicItem).isNotNull();
            assertThat(arabicItem.attr("dir")).as(front.html()).isEqualTo("rtl");
            assertThat(front.selectFirst("li:has(a[href*=preview-en])").attr("dir")).isEqualTo("ltr");
            assertThat(front.select("form[action=/search] input[name=q]")).hasSize(1);

            String articleUrl = service.url() + "/articles/" + SiteClient.encode(arabic);
            Document page = Jsoup.connect(articleUrl).get();
            assertThat(page.selectFirst("article").attr("dir")).isEqualTo("rtl");
            assertThat(page.selectFirst("article h1").text()).isEqualTo("البرلمان يقر الموازنة العامة");
            assertThat(page.select("article p:not(.meta)")).hasSize(2);
            assertThat(page.selectFirst("ul.related a").attr("href")).contains("preview-en");

            Document section = Jsoup.connect(service.url() + "/sections/politics").get();
            assertThat(section.select("ul.hits a").eachAttr("href")).anyMatch(href -> href.contains("preview-ar"));

            Document search = Jsoup.connect(service.url() + "/search?q=" + SiteClient.encode("موازنة")).get();
            assertThat(search.select("ul.hits li[dir=rtl] .snippet em")).isNotEmpty();

            assertThat(Jsoup.connect(service.url() + "/articles/" + SiteClient.encode(Articles.uri("missing")))
                    .ignoreHttpErrors(true).execute().statusCode()).isEqualTo(404);

            screenshot(articleUrl, Path.of("target/site-preview/arabic-article.png"));
        }
    }

    /** Headless Chromium's screenshot of {@code url}; skipped (the rest of the test stands) without Chromium. */
    private static void screenshot(String url, Path file) throws IOException, InterruptedException {
        Path chromium = java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .flatMap(dir -> java.util.stream.Stream.of(Path.of(dir, "chromium"), Path.of(dir, "chromium-browser")))
                .filter(Files::isExecutable).findFirst().orElse(null);
        Assumptions.assumeTrue(chromium != null, "no headless Chromium on the PATH (Debian package chromium)");
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--window-size=1100,800", "--screenshot=" + file.toAbsolutePath(), url)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assertThat(file).isNotEmptyFile();
    }
}
