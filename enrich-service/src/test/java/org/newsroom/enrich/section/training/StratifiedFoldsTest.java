package org.newsroom.enrich.section.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StratifiedFoldsTest {

    /** 103 a, 41 b, 7 c: no class divides evenly into 5 folds. */
    private static List<LabelledText> items() {
        List<LabelledText> items = new ArrayList<>();
        int[] counts = {103, 41, 7};
        String[] sections = {"a", "b", "c"};
        for (int s = 0; s < sections.length; s++) {
            for (int i = 0; i < counts[s]; i++) {
                items.add(new LabelledText("corpus", sections[s] + "/" + i, "en", sections[s], sections[s], "t"));
            }
        }
        return items;
    }

    private static int[] assign(List<LabelledText> items, int folds) {
        return StratifiedFolds.assign(items, LabelledText::section, item -> item.corpus() + "/" + item.id(), folds);
    }

    @Test
    void everyClassIsSpreadOverTheFoldsWithinOneItemOfItsShare() {
        List<LabelledText> items = items();
        int[] fold = assign(items, 5);
        Map<String, int[]> perClass = new HashMap<>();
        int[] sizes = new int[5];
        for (int i = 0; i < items.size(); i++) {
            assertThat(fold[i]).isBetween(0, 4);
            perClass.computeIfAbsent(items.get(i).section(), k -> new int[5])[fold[i]]++;
            sizes[fold[i]]++;
        }
        perClass.forEach((section, counts) -> {
            int min = java.util.Arrays.stream(counts).min().orElseThrow();
            int max = java.util.Arrays.stream(counts).max().orElseThrow();
            assertThat(max - min).as("spread of %s over the folds", section).isLessThanOrEqualTo(1);
        });
        assertThat(perClass.get("c")).containsExactlyInAnyOrder(2, 2, 1, 1, 1);
        int minSize = java.util.Arrays.stream(sizes).min().orElseThrow();
        int maxSize = java.util.Arrays.stream(sizes).max().orElseThrow();
        assertThat(maxSize - minSize).isLessThanOrEqualTo(1);
    }

    @Test
    void foldsAreDisjointAndCoverEveryItem() {
        List<LabelledText> items = items();
        int[] fold = assign(items, 5);
        List<LabelledText> seen = new ArrayList<>();
        for (int f = 0; f < 5; f++) {
            for (int i = 0; i < items.size(); i++) {
                if (fold[i] == f) {
                    assertThat(seen).doesNotContain(items.get(i));
                    seen.add(items.get(i));
                }
            }
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(items);
    }

    @Test
    void theSameKeysGetTheSameFoldsInAnyInputOrder() {
        List<LabelledText> items = items();
        int[] fold = assign(items, 5);
        assertThat(assign(items, 5)).containsExactly(fold);

        List<LabelledText> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, new Random(7));
        int[] again = assign(shuffled, 5);
        for (int i = 0; i < shuffled.size(); i++) {
            assertThat(again[i]).as(shuffled.get(i).id()).isEqualTo(fold[items.indexOf(shuffled.get(i))]);
        }
    }

    @Test
    void foldsFollowAHashOfTheKeyNotTheInputOrder() {
        // the corpora are read sorted by file name, i.e. by date within a class: dealing in that order would put
        // item i in fold i % 5
        int[] fold = assign(items(), 5);
        int inInputOrder = 0;
        for (int i = 0; i < 103; i++) {
            inInputOrder += fold[i] == i % 5 ? 1 : 0;
        }
        assertThat(inInputOrder).isLessThan(60);
    }

    @Test
    void rejectsFewerThanTwoFoldsOrMoreFoldsThanItems() {
        assertThatThrownBy(() -> assign(items(), 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("folds");
        assertThatThrownBy(() -> assign(items().subList(0, 3), 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
