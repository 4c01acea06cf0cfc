package org.newsroom.enrich.section.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationCorporaTest {

    private static LabelledText item(String id, String label, String section, String text) {
        return new LabelledText("test", id, "ar", label, section, text);
    }

    @Test
    void aRepeatedTextIsKeptOnceEvenWithOtherPunctuationDiacriticsOrTatweel() {
        List<LabelledText> items = List.of(
                item("a", "politic", "politics", "البرلمان يصادق على الميزانية."),
                item("b", "internationalNews", "politics", "البرلمـان  يُصادق على الميزانية"),
                item("c", "sport", "sports", "الترجي يفوز بالكأس"));

        ClassificationCorpora.Distinct distinct = ClassificationCorpora.distinct(items);

        assertThat(distinct.items()).extracting(LabelledText::id).containsExactly("a", "c");
        assertThat(distinct.copies()).isEqualTo(1);
        assertThat(distinct.contradictory()).isZero();
    }

    @Test
    void aTextFiledUnderLabelsOfTwoSectionsIsLeftOut() {
        // ANT files culture/JA-culture-38 and technology/JA-technology-1 are the same phone story
        List<LabelledText> items = List.of(
                item("culture-38", "culture", "life", "خصائص يتفوق فيها هاتف الأندرويد على آيفون"),
                item("technology-1", "technology", "technology", "خصائص يتفوق فيها هاتف الأندرويد على آيفون"),
                item("sport-1", "sport", "sports", "الترجي يفوز بالكأس"));

        ClassificationCorpora.Distinct distinct = ClassificationCorpora.distinct(items);

        assertThat(distinct.items()).extracting(LabelledText::id).containsExactly("sport-1");
        assertThat(distinct.contradictory()).isEqualTo(2);
    }
}
