package org.newsroom.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyTextTest {

    @Test
    void paragraphsBecomeBlankLineSeparatedText() {
        assertThat(BodyText.of("<p>First   <b>bold</b>\n text.</p><p>Second.</p>"))
                .isEqualTo("First bold text.\n\nSecond.");
    }

    @Test
    void lineBreaksHeadingsAndListItemsAreKept() {
        assertThat(BodyText.of("<h2>Title</h2>line one<br>line two<ul><li>a</li><li>b</li></ul>"))
                .isEqualTo("Title\n\nline one\nline two\n\na\n\nb");
    }

    @Test
    void scriptsStylesAndEntitiesAreHandled() {
        assertThat(BodyText.of("<p>A&nbsp;&amp;&nbsp;B<script>alert(1)</script><style>p{}</style></p>"))
                .isEqualTo("A & B");
    }

    @Test
    void arabicTextSurvivesUnchanged() {
        assertThat(BodyText.of("<p>تدرس روسيا اقتراح الناتو</p>")).isEqualTo("تدرس روسيا اقتراح الناتو");
    }

    @Test
    void nullOrBlankGivesEmptyText() {
        assertThat(BodyText.of(null)).isEmpty();
        assertThat(BodyText.of("  ")).isEmpty();
    }
}
