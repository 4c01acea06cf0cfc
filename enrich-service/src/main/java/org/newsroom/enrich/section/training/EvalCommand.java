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
 * and language, accuracy, macro-F1, per-class F1, the confusion matrix and ms/article. Each corpus is read
 * {@linkplain ClassificationCorpora#distinct distinct} (a repeated text once, so a copy never sits on both sides of
 * the split). Two models are measured: the shippable one (trained on the training share of what {@link TrainCommand}
 * trains on) and the in-domain one (the same plus BBC's training share; never shipped), the former also on BBC to
 * show how it carries over to another outlet. Last, the single-thread throughput of the whole enrichment ({@link EnrichThroughput})
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

        out.printf("# section classifier evaluation: %d%% held out by a fixed hash of corpus/id; %s%n", heldOut,
                training);
        Map<String, List<LabelledText>> corpora = new LinkedHashMap<>();
        for (String corpus : List.of(ClassificationCorpora.ANT, ClassificationCorpora.MEWSC, ClassificationCorpora.BBC)) {
            ClassificationCorpora.Distinct distinct =
                    ClassificationCorpora.distinct(ClassificationCorpora.readAll(root, corpus));
            List<LabelledText> items = distinct.items().stream().filter(item -> item.section() != null).toList();
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
        report(out, "in-domain model (train share of the shipped model's data and of BBC; not shipped)",
                train(features, shipped.or(bbc).and(item -> !item.heldOut(heldOut)), training), test);
        report(out, "shippable model (train share of the shipped model's data: ANT; MewsC-16 English)",
                train(features, shipped.and(item -> !item.heldOut(heldOut)), training), test);
        EnrichThroughput.measure(out, test.stream()
                .filter(item -> !item.corpus().equals(ClassificationCorpora.MEWSC)).toList());
    }

    private static SectionClassifier train(Map<LabelledText, String[]> features, Predicate<LabelledText> filter,
                                           SectionClassifier.Training training) {
        List<SectionClassifier.Example> examples = new ArrayList<>();
        features.forEach((item, itemFeatures) -> {
            if (filter.test(item)) {
                examples.add(new SectionClassifier.Example(item.section(), item.language(), itemFeatures));
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
