package org.newsroom.enrich.section.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EvaluationTest {

    @Test
    void macroF1AveragesPerClassF1() {
        Evaluation evaluation = new Evaluation();
        evaluation.add("a", "a");
        evaluation.add("a", "a");
        evaluation.add("a", "b");
        evaluation.add("b", "b");
        // a: precision 2/2, recall 2/3 → F1 0.8; b: precision 1/2, recall 1/1 → F1 2/3
        assertThat(evaluation.f1("a")).isCloseTo(0.8, within(1e-9));
        assertThat(evaluation.f1("b")).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(evaluation.macroF1()).isCloseTo((0.8 + 2 / 3.0) / 2, within(1e-9));
        assertThat(evaluation.accuracy()).isEqualTo(0.75);
    }

    @Test
    void splitIsDeterministicAndNearItsShare() {
        int held = 0;
        for (int i = 0; i < 10_000; i++) {
            LabelledText item = new LabelledText("c", "id-" + i, "en", "x", "life", "t");
            assertThat(item.heldOut(20)).isEqualTo(new LabelledText("c", "id-" + i, "ar", "y", null, "u").heldOut(20));
            held += item.heldOut(20) ? 1 : 0;
        }
        assertThat(held).isBetween(1_800, 2_200);
    }
}
