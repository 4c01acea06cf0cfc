package org.newsroom.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.search.analysis.Chains.ENGLISH;
import static org.newsroom.search.analysis.Chains.terms;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** English inflections and possessives analyze to one stem. */
class EnglishAnalysisTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "elections,   election",
            "running,     runs",
            "negotiated,  negotiating",
            "President's, president",
            "Ministers’,  minister",
    })
    void inflectionsShareAStem(String inflected, String base) {
        assertThat(terms(ENGLISH, inflected)).isNotEmpty().isEqualTo(terms(ENGLISH, base));
    }
}
