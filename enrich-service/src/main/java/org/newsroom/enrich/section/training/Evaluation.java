package org.newsroom.enrich.section.training;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Classification metrics over (expected, predicted) pairs: accuracy, per-class precision, recall and F1, macro-F1
 * (the unweighted mean of per-class F1 over the classes that occur as expected labels), and the confusion matrix.
 * Not thread-safe.
 */
public final class Evaluation {

    private final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    private final TreeSet<String> classes = new TreeSet<>();
    private int total;
    private int correct;

    /** Records one decision. */
    public void add(String expected, String predicted) {
        confusion.computeIfAbsent(expected, k -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
        classes.add(expected);
        classes.add(predicted);
        total++;
        if (expected.equals(predicted)) {
            correct++;
        }
    }

    /** @return the number of decisions recorded */
    public int total() {
        return total;
    }

    /** @return share of correct decisions, 0–1; 0 when empty */
    public double accuracy() {
        return total == 0 ? 0 : correct / (double) total;
    }

    /** @return F1 of one class, 0–1 */
    public double f1(String label) {
        int tp = count(label, label);
        int predicted = 0;
        for (Map<String, Integer> row : confusion.values()) {
            predicted += row.getOrDefault(label, 0);
        }
        int expected = confusion.getOrDefault(label, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
        double precision = predicted == 0 ? 0 : tp / (double) predicted;
        double recall = expected == 0 ? 0 : tp / (double) expected;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** @return mean F1 over the classes present as expected labels, 0–1 */
    public double macroF1() {
        return confusion.keySet().stream().mapToDouble(this::f1).average().orElse(0);
    }

    /** Prints accuracy, macro-F1, per-class F1 and the confusion matrix (rows expected, columns predicted). */
    public void print(PrintStream out, String title, double msPerArticle) {
        out.printf("%n## %s: n=%d accuracy=%.4f macro-F1=%.4f ms/article=%.3f%n", title, total, accuracy(), macroF1(),
                msPerArticle);
        List<String> columns = List.copyOf(classes);
        out.printf("  %-12s %7s %5s |", "class", "F1", "n");
        columns.forEach(c -> out.printf(" %10.10s", c));
        out.println();
        for (String row : confusion.keySet()) {
            int n = confusion.get(row).values().stream().mapToInt(Integer::intValue).sum();
            out.printf("  %-12s %7.4f %5d |", row, f1(row), n);
            columns.forEach(c -> out.printf(" %10d", count(row, c)));
            out.println();
        }
    }

    private int count(String expected, String predicted) {
        return confusion.getOrDefault(expected, Map.of()).getOrDefault(predicted, 0);
    }
}
