package org.newsroom.enrich.section.training;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.newsroom.enrich.section.SectionClassifier;
import org.newsroom.enrich.section.SectionTokenizer;

/**
 * {@code ./newsroom eval --corpus DIR}: trains on a deterministic split of the labelled corpora and prints, per corpus
 * and language, accuracy, macro-F1, per-class F1, the confusion matrix and ms/article. Each corpus is read
 * {@linkplain ClassificationCorpora#distinct distinct} (a repeated text once, so a copy never sits on both sides of
 * the split). Two models are measured: the shippable one (trained on the training share of what {@link TrainCommand}
 * trains on) and the in-domain one (the same plus BBC's training share; never shipped), the former also on BBC to
 * show how it carries over to another outlet. Last, the single-thread throughput of the whole enrichment ({@link EnrichThroughput})
 * on the held-out articles. With {@code --folds N} the split is replaced by stratified N-fold cross-validation
 * ({@link StratifiedFolds}, strata corpus and section, folds by a fixed hash of corpus/id): both models are trained N
 * times, each fold predicted by the models trained on the others, and per corpus and language the mean macro-F1, its
 * standard deviation and range, each fold's macro-F1, the pooled confusion matrix and the corpus's own labels against
 * the predicted sections are printed. Options: {@code --corpus DIR} (a {@code classification/} folder or the corpus
 * root holding one; required), {@code --held-out PERCENT} (default 20), {@code --folds N} (default none: the split),
 * {@code --without-labels L1,L2} (corpus labels left out of training and evaluation, e.g.
 * {@code internationalNews,diverse} to measure ANT without the labels it files by geography and kind), and the training options of {@link TrainCommand} ({@code --classes}, {@code --c}, {@code --min-df},
 * {@code --class-weight-power}).
 */
public final class EvalCommand {

    private EvalCommand() {
    }

    /** Runs the evaluation; exits 2 on bad arguments, 1 when no corpus is found. */
    public static void main(String[] args) {
        CommandLine options = CommandLine.parse(args, "--corpus", "--held-out", "--folds", "--without-labels",
                "--classes", "--c", "--min-df", "--class-weight-power");
        Path root = TrainCommand.classificationRoot(options.required("--corpus"));
        int heldOut = options.integer("--held-out", 20);
        int folds = options.integer("--folds", 0);
        List<String> withoutLabels = List.of(options.optional("--without-labels", "").split(","));
        SectionClassifier.Training training = TrainCommand.training(options);
        boolean corpusLabels = TrainCommand.corpusLabels(options);
        PrintStream out = System.out;

        out.printf("# section classifier evaluation: %s; %s, learning %s%n", folds > 0
                ? folds + "-fold stratified cross-validation (folds by a fixed hash of corpus/id within corpus and section)"
                : heldOut + "% held out by a fixed hash of corpus/id", training,
                corpusLabels ? "the corpora's own labels" : "the sections");
        if (!withoutLabels.equals(List.of(""))) {
            out.printf("# left out of training and evaluation: items labelled %s%n", String.join(", ", withoutLabels));
        }
        Map<String, List<LabelledText>> corpora = new LinkedHashMap<>();
        for (String corpus : List.of(ClassificationCorpora.ANT, ClassificationCorpora.MEWSC, ClassificationCorpora.BBC)) {
            ClassificationCorpora.Distinct distinct =
                    ClassificationCorpora.distinct(ClassificationCorpora.readAll(root, corpus));
            List<LabelledText> items = distinct.items().stream().filter(item -> item.section() != null)
                    .filter(item -> !withoutLabels.contains(item.label())).toList();
            if (!items.isEmpty()) {
                corpora.put(corpus, items);
                out.printf("# %s: %d mapped distinct items; dropped %d repeated texts and %d texts filed under two "
                        + "sections%n", corpus, items.size(), distinct.copies(), distinct.contradictory());
            }
        }
        if (corpora.isEmpty()) {
            System.err.println("no labelled corpus under " + root);
            System.exit(1);
        }

        List<LabelledText> all = corpora.values().stream().flatMap(List::stream).toList();
        Map<LabelledText, String[]> features = new LinkedHashMap<>();
        all.forEach(item -> features.put(item, SectionTokenizer.features(item.text(), item.language())));
        List<LabelledText> test = all.stream().filter(item -> item.heldOut(heldOut)).toList();
        Predicate<LabelledText> shipped = TrainCommand::trainsShippedModel;
        Predicate<LabelledText> bbc = item -> item.corpus().equals(ClassificationCorpora.BBC);
        if (folds > 0) {
            crossValidate(out, "in-domain model (the shipped model's data and BBC; not shipped)", features,
                    shipped.or(bbc), folds, training, corpusLabels);
            crossValidate(out, "shippable model (the shipped model's data: ANT; MewsC-16 English)", features, shipped,
                    folds, training, corpusLabels);
            EnrichThroughput.measure(out, test.stream()
                    .filter(item -> !item.corpus().equals(ClassificationCorpora.MEWSC)).toList());
            return;
        }
        report(out, "in-domain model (train share of the shipped model's data and of BBC; not shipped)",
                train(features, shipped.or(bbc).and(item -> !item.heldOut(heldOut)), training, corpusLabels), test);
        report(out, "shippable model (train share of the shipped model's data: ANT; MewsC-16 English)",
                train(features, shipped.and(item -> !item.heldOut(heldOut)), training, corpusLabels), test);
        EnrichThroughput.measure(out, test.stream()
                .filter(item -> !item.corpus().equals(ClassificationCorpora.MEWSC)).toList());
    }

    private static SectionClassifier train(Map<LabelledText, String[]> features, Predicate<LabelledText> filter,
                                           SectionClassifier.Training training, boolean corpusLabels) {
        List<SectionClassifier.Example> examples = new ArrayList<>();
        features.forEach((item, itemFeatures) -> {
            if (filter.test(item)) {
                examples.add(TrainCommand.example(item, itemFeatures, corpusLabels));
            }
        });
        return SectionClassifier.train(examples, training);
    }

    private static void report(PrintStream out, String title, SectionClassifier classifier, List<LabelledText> test) {
        out.printf("%n# %s%n", title);
        Map<String, Evaluation> evaluations = new LinkedHashMap<>();
        Map<String, long[]> nanos = new LinkedHashMap<>();
        for (LabelledText item : test) {
            String key = item.corpus() + " " + item.language();
            long start = System.nanoTime();
            String predicted = classifier.classify(item.text(), item.language()).section();
            nanos.computeIfAbsent(key, k -> new long[1])[0] += System.nanoTime() - start;
            evaluations.computeIfAbsent(key, k -> new Evaluation()).add(item.section(), predicted);
        }
        evaluations.forEach((key, evaluation) ->
                evaluation.print(out, key, nanos.get(key)[0] / 1e6 / evaluation.total()));
    }

    /**
     * Cross-validates the models trained on {@code trainsOn}: every item is predicted once, by the model trained on
     * the folds it is not in (items outside {@code trainsOn}, e.g. BBC for the shippable model, are predicted in their
     * fold too: they never train it).
     */
    private static void crossValidate(PrintStream out, String title, Map<LabelledText, String[]> features,
                                      Predicate<LabelledText> trainsOn, int folds,
                                      SectionClassifier.Training training, boolean corpusLabels) {
        List<LabelledText> items = List.copyOf(features.keySet());
        int[] fold = StratifiedFolds.assign(items, item -> item.corpus() + " " + item.section(),
                item -> item.corpus() + "/" + item.id(), folds);
        Map<String, Evaluation[]> perFold = new TreeMap<>();
        Map<String, Evaluation> pooled = new TreeMap<>();
        Map<String, Map<String, Map<String, Integer>>> byLabel = new TreeMap<>();
        Map<String, long[]> nanos = new TreeMap<>();
        Map<LabelledText, Integer> position = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            position.put(items.get(i), i);
        }
        for (int f = 0; f < folds; f++) {
            int held = f;
            SectionClassifier classifier = train(features,
                    trainsOn.and(item -> fold[position.get(item)] != held), training, corpusLabels);
            for (int i = 0; i < items.size(); i++) {
                if (fold[i] != f) {
                    continue;
                }
                LabelledText item = items.get(i);
                String key = item.corpus() + " " + item.language();
                long start = System.nanoTime();
                String predicted = classifier.classify(item.text(), item.language()).section();
                nanos.computeIfAbsent(key, k -> new long[1])[0] += System.nanoTime() - start;
                perFold.computeIfAbsent(key, k -> newEvaluations(folds))[f].add(item.section(), predicted);
                pooled.computeIfAbsent(key, k -> new Evaluation()).add(item.section(), predicted);
                byLabel.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(item.label(), k -> new TreeMap<>())
                        .merge(predicted, 1, Integer::sum);
            }
        }
        out.printf("%n# %s, %d-fold cross-validation%n", title, folds);
        perFold.forEach((key, evaluations) -> {
            double[] f1 = Arrays.stream(evaluations).mapToDouble(Evaluation::macroF1).toArray();
            double mean = Arrays.stream(f1).average().orElse(0);
            double sd = Math.sqrt(Arrays.stream(f1).map(x -> (x - mean) * (x - mean)).sum() / (folds - 1));
            StringBuilder each = new StringBuilder();
            for (double x : f1) {
                each.append(each.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%.4f", x));
            }
            out.printf("%n## %s: macro-F1 mean=%.4f sd=%.4f min=%.4f max=%.4f folds=[%s]%n", key, mean, sd,
                    Arrays.stream(f1).min().orElse(0), Arrays.stream(f1).max().orElse(0), each);
            Evaluation all = pooled.get(key);
            all.print(out, key + ", all folds pooled", nanos.get(key)[0] / 1e6 / all.total());
            out.printf("  %s's own labels (rows) against the predicted sections (columns):%n", key.split(" ")[0]);
            byLabel.get(key).forEach((label, predicted) -> out.printf("  %-24.24s %s%n", label, predicted));
        });
    }

    private static Evaluation[] newEvaluations(int folds) {
        Evaluation[] evaluations = new Evaluation[folds];
        for (int f = 0; f < folds; f++) {
            evaluations[f] = new Evaluation();
        }
        return evaluations;
    }
}
