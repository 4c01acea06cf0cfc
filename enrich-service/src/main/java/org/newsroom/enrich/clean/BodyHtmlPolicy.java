package org.newsroom.enrich.clean;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The newsroom's policy for article bodies, on OWASP java-html-sanitizer: paragraphs, headings, lists, links
 * ({@code http}/{@code https} only, {@code rel="noopener"} added), emphasis, quotes, tables, figures and images; text
 * direction and language attributes kept (Arabic bodies carry {@code dir="rtl"}). Everything else is dropped: scripts,
 * styles, event handlers, forms, iframes, {@code javascript:} and {@code data:} URLs. Elements not allowed lose their
 * tags but keep their text, except {@code script}, {@code style} and the like, which OWASP drops with their content.
 */
public final class BodyHtmlPolicy {

    /** The policy; thread-safe and reusable. */
    public static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "div", "span", "h1", "h2", "h3", "h4", "h5", "h6",
                    "ul", "ol", "li", "dl", "dt", "dd",
                    "em", "strong", "b", "i", "u", "s", "sub", "sup", "mark", "small", "abbr", "code", "pre",
                    "blockquote", "q", "cite",
                    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "colgroup", "col",
                    "figure", "figcaption", "img", "a")
            .allowUrlProtocols("http", "https")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("noopener")
            .allowAttributes("cite").onElements("blockquote", "q")
            .allowAttributes("src", "alt", "width", "height").onElements("img")
            .allowAttributes("colspan", "rowspan", "scope").onElements("td", "th")
            .allowAttributes("span").onElements("col", "colgroup")
            .allowAttributes("title").globally()
            .allowAttributes("dir").matching(false, "rtl", "ltr", "auto").globally()
            .allowAttributes("lang").matching(java.util.regex.Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*"))
            .globally()
            .toFactory();

    private BodyHtmlPolicy() {
    }

    /**
     * @param html untrusted body HTML; null gives ""
     * @return HTML holding only what the policy allows
     */
    public static String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }
}
