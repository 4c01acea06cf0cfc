package org.newsroom.enrich.section.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Stratified k-fold assignment for cross-validation: within each stratum (class), items are ordered by a fixed hash of
 * their key (ties by the key) and dealt to folds in turn, the deal continuing from one stratum to the next, so each
 * fold holds every class within one item of its share, fold sizes differ by at most one, the folds are disjoint and
 * together cover every item, and the same keys give the same folds on every run and in any input order.
 */
final class StratifiedFolds {

    private StratifiedFolds() {
    }

    /**
     * @param items   the items, each with a distinct key
     * @param stratum the class of an item (strata are dealt in sorted order)
     * @param key     a stable id of an item, e.g. {@code corpus/id}
     * @param folds   number of folds, at least 2
     * @return the fold (0 to {@code folds - 1}) of each item, by its position in {@code items}
     * @throws IllegalArgumentException when {@code folds} is below 2 or above the number of items
     */
    static <T> int[] assign(List<T> items, Function<T, String> stratum, Function<T, String> key, int folds) {
        if (folds < 2 || folds > items.size()) {
            throw new IllegalArgumentException("folds must be between 2 and the " + items.size() + " items, was "
                    + folds);
        }
        Map<String, List<Integer>> byStratum = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            byStratum.computeIfAbsent(stratum.apply(items.get(i)), k -> new ArrayList<>()).add(i);
        }
        Comparator<Integer> order = Comparator.<Integer>comparingInt(i -> mix(key.apply(items.get(i))))
                .thenComparing(i -> key.apply(items.get(i)));
        int[] fold = new int[items.size()];
        int dealt = 0;
        for (List<Integer> members : byStratum.values()) {
            members.sort(order);
            for (int i : members) {
                fold[i] = dealt++ % folds;
            }
        }
        return fold;
    }

    private static int mix(String key) {
        int h = key.hashCode() * 0x9E3779B1;
        return h ^ (h >>> 16);
    }
}
