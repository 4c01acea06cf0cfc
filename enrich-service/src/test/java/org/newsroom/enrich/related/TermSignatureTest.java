package org.newsroom.enrich.related;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermSignatureTest {

    @Test
    void idfStaysPositiveWhenACachedCountExceedsTheDocuments() {
        // seen after a restart: a count cached before kills were merged away (40) over an index now of 20 documents
        assertThat(TermSignature.idf(40, 20)).isPositive();
        assertThat(TermSignature.idf(20, 20)).isPositive();
    }

    @Test
    void idfFallsAsTermsGetCommoner() {
        assertThat(TermSignature.idf(1, 1000)).isGreaterThan(TermSignature.idf(10, 1000));
        assertThat(TermSignature.idf(10, 1000)).isGreaterThan(TermSignature.idf(999, 1000));
    }
}
