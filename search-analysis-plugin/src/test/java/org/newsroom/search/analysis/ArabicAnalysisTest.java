package org.newsroom.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.search.analysis.Chains.ARABIC;
import static org.newsroom.search.analysis.Chains.terms;
import static org.newsroom.search.analysis.Chains.tokens;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every Arabic spelling variant class analyzes to the same tokens as its plain spelling. */
class ArabicAnalysisTest {

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource({
            "alef with hamza above,     أمن,        امن",
            "alef with hamza below,     إسلام,      اسلام",
            "alef with madda,           آسيا,       اسيا",
            "alef maqsura,              مستشفى,     مستشفي",
            "teh marbuta,               حكومة,      حكومه",
            "harakat,                   كَتَبَ الطَّالِبُ, كتب الطالب",
            "tatweel,                   كتـــاب,     كتاب",
            "presentation forms,        ﻛﺘﺎﺏ,       كتاب",
            "lam-alef ligature,         ﻻﻋﺐ,        لاعب",
            "definite article,          الحكومة,    حكومة",
            "conjunction and article,   والحكومة,   حكومة",
            "Arabic-Indic digits,       ٢٠٢٦,       2026",
    })
    void variantAnalyzesLikeThePlainSpelling(String variantClass, String variant, String plain) {
        assertThat(terms(ARABIC, variant)).as(variantClass).isNotEmpty().isEqualTo(terms(ARABIC, plain));
    }

    @Test
    void ligatureOffsetsPointAtTheOriginalText() {
        String text = "قال ﷲ أكبر";

        assertThat(tokens(ARABIC, text)).extracting(Chains.Token::start, Chains.Token::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 3), org.assertj.core.groups.Tuple.tuple(4, 5),
                        org.assertj.core.groups.Tuple.tuple(6, 10));
    }

    @Test
    void zeroWidthNoBreakSpaceDoesNotGlueAToken() {
        assertThat(terms(ARABIC, "كتاب\uFEFF")).isEqualTo(terms(ARABIC, "كتاب"));
    }

    @Test
    void latinTextIsOnlyLowerCased() {
        assertThat(terms(ARABIC, "NATO Summit")).containsExactly("nato", "summit");
    }
}
