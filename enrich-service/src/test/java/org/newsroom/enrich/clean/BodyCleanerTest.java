package org.newsroom.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsroom.events.ArticleCodec;

class BodyCleanerTest {

    private final BodyCleaner cleaner = new BodyCleaner(CleanProperties.defaults());

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ar | READ سيتعين على السياح الكيوي دفع مبالغ إضافية
            en | READ MORE: Council votes on budget
            en | Also read: Council votes on budget
            en | Related: Council votes on budget
            en | See also: the budget explained
            ar | اقرأ أيضا مجلس الأمن يجتمع
            ar | اقرأ أيضًا: مجلس الأمن يجتمع
            ar | اقرأ أيضاً: مجلس الأمن يجتمع
            ar | إقرأ أيضا: مجلس الأمن يجتمع
            ar | شاهد أيضا فيديو الاجتماع
            ar | طالع أيضا: تقرير
            ar | ذات صلة: تقرير
            fr | Lire aussi : le budget voté
            fr | À lire aussi le budget voté
            de | Lesen Sie auch: Haushalt beschlossen
            es | Lea también: el presupuesto
            pt | Leia também: o orçamento
            sv | Läs också: budgeten
            nb | Les også: budsjettet
            """)
    void eachTeaserPatternRemovesItsLineAndRecordsIt(String language, String teaser) {
        CleanBody body = cleaner.clean("<p>Story one.</p><p>" + teaser + "</p><p>Story two.</p>", language);
        assertThat(body.boilerplateRemoved()).containsExactly(teaser);
        assertThat(body.text()).isEqualTo("Story one.\n\nStory two.");
        assertThat(body.html()).isEqualTo("<p>Story one.</p><p>Story two.</p>");
    }

    @Test
    void storyParagraphsThatMerelyStartAlikeSurvive() {
        String html = "<p>Read the report and you will see.</p><p>Related to this, the council met.</p>"
                + "<p>اقرأ التقرير كاملا</p>";
        CleanBody body = cleaner.clean(html, "en");
        assertThat(body.boilerplateRemoved()).isEmpty();
        assertThat(cleaner.clean(html, "ar").boilerplateRemoved()).isEmpty();
    }

    @Test
    void longParagraphIsNeverTakenForATeaser() {
        String paragraph = "Related: " + "the council met again. ".repeat(20);
        assertThat(cleaner.clean("<p>" + paragraph + "</p>", "en").boilerplateRemoved()).isEmpty();
    }

    @Test
    void labelOnlyBlockTakesTheLinkListAfterIt() {
        CleanBody body = cleaner.clean("<p>Story.</p><h3>Related:</h3><ul><li><a href=\"https://x.test/1\">One</a></li>"
                + "<li><a href=\"https://x.test/2\">Two</a></li></ul><p>End.</p>", "en");
        assertThat(body.boilerplateRemoved()).containsExactly("Related: One; Two");
        assertThat(body.text()).isEqualTo("Story.\n\nEnd.");
    }

    @Test
    void patternsOfOtherLanguagesDoNotApply() {
        assertThat(cleaner.clean("<p>Lesen Sie auch: x</p>", "en").boilerplateRemoved()).isEmpty();
    }

    @Test
    void configuredPatternsReplaceTheDefaults() {
        BodyCleaner custom = new BodyCleaner(new CleanProperties(Map.of("en", List.of("^ADVERTISEMENT$")), 300));
        CleanBody body = custom.clean("<p>ADVERTISEMENT</p><p>Related: x</p>", "en");
        assertThat(body.boilerplateRemoved()).containsExactly("ADVERTISEMENT");
    }

    @Test
    void aConfiguredPatternMatchesAtTheStartOfTheBlockOnly() {
        BodyCleaner custom = new BodyCleaner(new CleanProperties(Map.of("en", List.of("Sponsored")), 300));
        CleanBody body = custom.clean("<p>Sponsored: a watch</p><p>Not Sponsored, says the minister.</p>", "en");
        assertThat(body.boilerplateRemoved()).containsExactly("Sponsored: a watch");
    }

    @Test
    void aPatternThatDoesNotCompileIsRejectedNamingItsLanguage() {
        assertThatThrownBy(() -> new BodyCleaner(new CleanProperties(Map.of("fr", List.of("(")), 300)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("teaser-patterns.fr");
    }

    @Test
    void bodyIsSanitizedAndNormalizedBeforeStripping() {
        CleanBody body = cleaner.clean("<p onclick=\"x()\">\uFEB3\uFEFC\uFEE1</p><script>x()</script>", "ar");
        assertThat(body.html()).isEqualTo("<p>سلام</p>");
        assertThat(body.text()).isEqualTo("سلام");
    }

    @Test
    void missingBodyGivesEmptyCleanBody() {
        assertThat(cleaner.clean(null, "en")).isEqualTo(new CleanBody("", "", List.of()));
    }

    @Test
    void seedArticleLosesItsInlineReadTeaser() throws Exception {
        Path seed = Path.of("..", "samples", "seed-ar-russia-nato.ninjs.json");
        String bodyHtml = ArticleCodec.mapper().readTree(Files.readAllBytes(seed)).get("body_html").asString();

        CleanBody body = cleaner.clean(bodyHtml, "ar");

        assertThat(body.boilerplateRemoved()).containsExactly(
                "READ سيتعين على السياح الكيوي دفع مبالغ إضافية للسفر إلى أوروبا العام المقبل");
        assertThat(body.text()).doesNotContain("READ").contains("تشمل مطالب الكرملين");
        assertThat(body.html()).doesNotContain("READ");
    }
}
