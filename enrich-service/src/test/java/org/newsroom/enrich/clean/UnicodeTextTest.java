package org.newsroom.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnicodeTextTest {

    @Test
    void arabicPresentationFormsFoldToOrdinaryLetters() {
        // "سلام" written with isolated/initial/final presentation forms (U+FEB3 U+FEFC ...): seen in PDF-extracted wires
        assertThat(UnicodeText.normalize("\uFEB3\uFEFC\uFEE1")).isEqualTo("سلام");
        assertThat(UnicodeText.normalize("\uFDF2")).isEqualTo("الله");
    }

    @Test
    void decomposedTextIsComposedToNfc() {
        assertThat(UnicodeText.normalize("e\u0301t\u00e9")).isEqualTo("\u00e9t\u00e9");
    }

    @Test
    void otherCompatibilityCharactersAndByteOrderMarksAreHandledApart() {
        assertThat(UnicodeText.normalize("\uFEFF\uFB01x \uFF11")).isEqualTo("\uFB01x \uFF11");
    }

    @Test
    void nullStaysNull() {
        assertThat(UnicodeText.normalize(null)).isNull();
    }
}
