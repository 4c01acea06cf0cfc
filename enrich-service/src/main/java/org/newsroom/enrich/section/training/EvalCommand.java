package org.newsroom.enrich.section.training;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.newsroom.enrich.section.SectionClassifier;
import org.newsroom.enrich.section.SectionTokenizer;

/**
 * {@code ./newsroom eval --corpus DIR}: trains on a deterministic split of the labelled corpora and prints, per corpus
 * and language, accuracy, macro-F1, per-class F1, the confusion matrix and ms/article. Two models are measured: the
 * in-domain one (trained on the training share of every corpus, BBC included; never shipped) and the shippable one
 * (trained on the licence-compatible corpora only, as {@link TrainCommand} does), the latter also on BBC to show how it
 * carries over to another outlet. Last, the single-thread throughput of the whole enrichment ({@link EnrichThroughput})
 * on the held-out articles. Options: {@code --corpus DIR} (a {@code classification/} folder or the corpus root
 * holding one; required), {@code --held-out PERCENT} (default 20), and the training options of {@link TrainCommand}.
 */
public final class EvalCommand {

    private EvalCommand() {
    }

    /** Runs the evaluation; exits 2 on bad arguments, 1 when no corpus is found. */
    public static void main(String[] args) {
        CommandLine options = CommandLine.parse(args, "--corpus", "--held-out", "--c", "--min-df",
                "--class-weight-power");
        Path root = TrainCommand.classificationRoot(options.required("--corpus"));
        int heldOut = options.integer("--held-out", 20);
        SectionClassifier.Training training = TrainCommand.training(options);
        PrintStream out = System.out;

        Map<String, List<LabelledText>> corpora = new LinkedHashMap<>();
        for (String corpus : List.of(ClassificationCorpora.ANT, ClassificationCorpora.MEWSC, ClassificationCorpora.BBC)) {
            List<LabelledText> items = ClassificationCorpora.read(root, corpus).stream()
                    .filter(item -> item.section() != null).toList();
            if (!items.isEmpty()) {
                corpora.put(corpus, items);
            }
        }
        if (corpora.isEmpty()) {
            System.err.println("no labelled corpus under " + root);
            System.exit(1);
        }
        out.printf("# section classifier evaluation: %d%% held out by a fixed hash of corpus/id; %s%n", heldOut,
                training);

        List<LabelledText> all = corpora.values().stream().flatMap(List::stream).toList();
        Map<LabelledText, String[]> features = new LinkedHashMap<>();
        all.forEach(item -> features.put(item, SectionTokenizer.features(item.text(), item.language())));
        List<LabelledText> test = all.stream().filter(item -> item.heldOut(heldOut)).toList();
        report(out, "in-domain model (train share of every corpus; not shipped)",
                train(features, item -> !item.heldOut(heldOut), training), test);
        report(out, "shippable model (train share of " + TrainCommand.SHIPPABLE + " only)",
                train(features, item -> !item.heldOut(heldOut) && TrainCommand.SHIPPABLE.contains(item.corpus()),
                        training), test);
        EnrichThroughput.measure(out, test.stream()
                .filter(item -> !item.corpus().equals(ClassificationCorpora.MEWSC)).toList());
    }

    private static SectionClassifier train(Map<LabelledText, String[]> features, Predicate<LabelledText> filter,
                                           SectionClassifier.Training training) {
        List<SectionClassifier.Example> examples = new ArrayList<>();
        features.forEach((item, itemFeatures) -> {
            if (filter.test(item)) {
                examples.add(new SectionClassifier.Example(item.section(), itemFeatures));
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
}
