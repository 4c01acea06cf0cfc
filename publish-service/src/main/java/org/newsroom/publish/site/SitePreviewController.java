package org.newsroom.publish.site;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A minimal server-rendered preview of the site, so a person can see what the read API serves: the front page with
 * each section's latest articles and a search box ({@code GET /}), a section ({@code GET /sections/{section}}), an
 * article with its related links ({@code GET /articles/{uri}}) and search results ({@code GET /search?q=&lang=}).
 * Arabic content is marked {@code dir="rtl" lang="ar"}. Only visible articles appear, as in the read API. The body
 * is shown from the enriched plain text (escaped), never from the agency's HTML.
 */
@Controller
class SitePreviewController {

    private static final List<String> RTL_LANGUAGES = List.of("ar", "fa", "he", "ur");

    private final SiteQueries queries;
    private final SitePreviewProperties properties;

    SitePreviewController(SiteQueries queries, SitePreviewProperties properties) {
        this.queries = queries;
        this.properties = properties;
    }

    @GetMapping("/")
    String front(Model model) throws IOException {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        for (String section : properties.sections()) {
            sections.put(section, withDirection(queries.section(section, 1, properties.perSection()).hits()));
        }
        model.addAttribute("sections", properties.sections());
        model.addAttribute("bySection", sections);
        return "site/front";
    }

    @GetMapping("/sections/{section}")
    String section(@PathVariable String section, Model model) throws IOException {
        model.addAttribute("sections", properties.sections());
        model.addAttribute("section", section);
        model.addAttribute("hits", withDirection(queries.section(section, 1, 50).hits()));
        return "site/section";
    }

    @GetMapping("/search")
    String search(@RequestParam(name = "q", defaultValue = "") String q,
            @RequestParam(name = "lang", required = false) String lang, Model model) throws IOException {
        model.addAttribute("sections", properties.sections());
        model.addAttribute("q", q);
        SitePage page = queries.search(q, lang, null, 1, 20);
        model.addAttribute("total", page.total());
        model.addAttribute("hits", withDirection(page.hits()));
        return "site/search";
    }

    @GetMapping("/articles/{uri}")
    String article(@PathVariable String uri, Model model, HttpServletResponse response) throws IOException {
        model.addAttribute("sections", properties.sections());
        Optional<Map<String, Object>> article = queries.article(uri);
        if (article.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("uri", uri);
            return "site/not-found";
        }
        Map<String, Object> fields = article.get();
        model.addAttribute("article", fields);
        model.addAttribute("dir", direction(fields.get("language")));
        model.addAttribute("paragraphs", paragraphs((String) fields.get("body_text")));
        return "site/article";
    }

    /** Copies of the hits, each with {@code dir} for its language. */
    private static List<Map<String, Object>> withDirection(List<Map<String, Object>> hits) {
        List<Map<String, Object>> result = new ArrayList<>(hits.size());
        for (Map<String, Object> hit : hits) {
            Map<String, Object> copy = new LinkedHashMap<>(hit);
            copy.put("dir", direction(hit.get("language")));
            result.add(copy);
        }
        return result;
    }

    /** {@code rtl} for right-to-left languages, {@code ltr} otherwise; used by the templates. */
    static String direction(Object language) {
        if (language == null) {
            return "auto";
        }
        String primary = language.toString().split("-", 2)[0];
        return RTL_LANGUAGES.contains(primary) ? "rtl" : "ltr";
    }

    /** Paragraphs of enriched plain text (separated by blank lines). */
    static List<String> paragraphs(String bodyText) {
        List<String> paragraphs = new ArrayList<>();
        if (bodyText != null) {
            for (String paragraph : bodyText.split("\\n\\s*\\n")) {
                if (!paragraph.isBlank()) {
                    paragraphs.add(paragraph.strip());
                }
            }
        }
        return paragraphs;
    }
}
