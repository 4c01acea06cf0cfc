package org.newsroom.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyHtmlPolicyTest {

    @Test
    void structureEmphasisQuotesAndTablesSurvive() {
        String html = "<h2>Title</h2><p>A <em>b</em> <strong>c</strong></p><ul><li>x</li></ul><ol><li>y</li></ol>"
                + "<blockquote>q</blockquote><table><thead><tr><th scope=\"col\">h</th></tr></thead>"
                + "<tbody><tr><td colspan=\"2\">d</td></tr></tbody></table>";
        assertThat(BodyHtmlPolicy.sanitize(html)).isEqualTo(html);
    }

    @Test
    void scriptsStylesAndEventHandlersAreDropped() {
        String clean = BodyHtmlPolicy.sanitize("<p onclick=\"steal()\" style=\"color:red\">text</p>"
                + "<script>alert(1)</script><style>p{}</style><iframe src=\"https://x.test\"></iframe>");
        assertThat(clean).isEqualTo("<p>text</p>");
    }

    @Test
    void linksKeepHttpAndHttpsOnlyAndGetNoopener() {
        assertThat(BodyHtmlPolicy.sanitize("<a href=\"https://example.com/a\">a</a>"))
                .isEqualTo("<a href=\"https://example.com/a\" rel=\"noopener\">a</a>");
        assertThat(BodyHtmlPolicy.sanitize("<a href=\"javascript:alert(1)\">a</a>")).isEqualTo("a");
        assertThat(BodyHtmlPolicy.sanitize("<a href=\"data:text/html,x\">a</a>")).isEqualTo("a");
        assertThat(BodyHtmlPolicy.sanitize("<a href=\"mailto:a@b.test\">a</a>")).isEqualTo("a");
    }

    @Test
    void figuresAndImagesKeepSafeSourcesOnly() {
        assertThat(BodyHtmlPolicy.sanitize("<figure><img src=\"https://img.test/a.jpg\" alt=\"x\" onerror=\"e()\">"
                + "<figcaption>c</figcaption></figure>"))
                .isEqualTo("<figure><img src=\"https://img.test/a.jpg\" alt=\"x\" /><figcaption>c</figcaption></figure>");
        assertThat(BodyHtmlPolicy.sanitize("<img src=\"data:image/png;base64,AAAA\">")).isEmpty();
    }

    @Test
    void textDirectionIsKeptForArabic() {
        assertThat(BodyHtmlPolicy.sanitize("<p dir=\"rtl\" lang=\"ar\">نص</p>")).isEqualTo("<p dir=\"rtl\" lang=\"ar\">نص</p>");
        assertThat(BodyHtmlPolicy.sanitize("<p dir=\"evil\">x</p>")).isEqualTo("<p>x</p>");
    }
}
