package org.newsroom.ingest.format.xml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

class HtmlFragmentTest {

    @Test
    void escapeWritesWhatSpringsUtf8EscapeWrites() {
        String[] texts = {"", "plain", "AT&T <b> \"quoted\" 'single' > end", "&&<<>>", "تدرس روسيا «اقتراح» الناتو & \"غيره\"",
            "no-break\u00a0space, \u2019curly\u2019 and \uD83D\uDCF0 emoji", "&amp; already escaped"};
        for (String text : texts) {
            StringBuilder out = new StringBuilder("prefix|");
            HtmlFragment.escape(text, out);

            assertThat(out.toString()).isEqualTo("prefix|" + HtmlUtils.htmlEscape(text, "UTF-8"));
        }
    }
}
