package org.newsroom.publish.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The preview pages render hits with their direction and escape what they show. */
@WebMvcTest(SitePreviewController.class)
@EnableConfigurationProperties(SitePreviewProperties.class)
class SitePreviewTemplatesTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SiteQueries queries;

    @Test
    void arabicHitsAreRightToLeftAndHeadlinesAreEscaped() throws Exception {
        Map<String, Object> arabic = new LinkedHashMap<>(Map.of("uri", "urn:x:ar", "headline", "خبر <b>عاجل</b>",
                "language", "ar", "section", "politics", "snippet", "<em>خبر</em>"));
        Map<String, Object> english = new LinkedHashMap<>(Map.of("uri", "urn:x:en", "headline", "News",
                "language", "en", "section", "politics"));
        when(queries.section(eq("politics"), anyInt(), anyInt()))
                .thenReturn(new SitePage(2, 1, 50, List.of(arabic, english)));

        Document html = Jsoup.parse(mvc.perform(get("/sections/politics")).andReturn().getResponse()
                .getContentAsString());

        assertThat(html.select("ul.hits li").eachAttr("dir")).containsExactly("rtl", "ltr");
        assertThat(html.select("ul.hits li").first().attr("lang")).isEqualTo("ar");
        assertThat(html.selectFirst("ul.hits li a").text()).isEqualTo("خبر <b>عاجل</b>");
        assertThat(html.selectFirst("ul.hits li a").attr("href")).isEqualTo("/articles/urn:x:ar");
        assertThat(html.select(".snippet em")).hasSize(1);
    }

    @Test
    void theFrontPageListsEachSectionWithDirections() throws Exception {
        Map<String, Object> arabic = new LinkedHashMap<>(Map.of("uri", "urn:x:ar", "headline", "خبر",
                "language", "ar", "section", "politics"));
        when(queries.section(org.mockito.ArgumentMatchers.anyString(), anyInt(), anyInt()))
                .thenReturn(new SitePage(0, 1, 5, List.of()));
        when(queries.section(eq("politics"), anyInt(), anyInt())).thenReturn(new SitePage(1, 1, 5, List.of(arabic)));

        String body = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        Document html = Jsoup.parse(body);

        assertThat(html.select("section h2")).hasSize(6);
        assertThat(html.select("li:has(a[href*=urn:x:ar])").eachAttr("dir")).as(body).containsExactly("rtl");
        assertThat(html.select("form[action=/search] input[name=q]")).hasSize(1);
    }

    @Test
    void directionFollowsThePrimaryLanguageSubtag() {
        assertThat(SitePreviewController.direction("ar-EG")).isEqualTo("rtl");
        assertThat(SitePreviewController.direction("en")).isEqualTo("ltr");
        assertThat(SitePreviewController.direction(null)).isEqualTo("auto");
    }
}
