package org.newsroom.publish.site;

import java.util.List;
import java.util.Map;

/**
 * One page of articles.
 *
 * @param total matching articles in all, counted by the same query as the hits
 * @param page  1-based page number
 * @param size  page size
 * @param hits  the page's articles: uri, headline, section, language, versioncreated, source, score, snippet
 */
record SitePage(long total, int page, int size, List<Map<String, Object>> hits) {
}
