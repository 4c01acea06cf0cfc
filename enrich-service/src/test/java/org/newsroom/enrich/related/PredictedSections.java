package org.newsroom.enrich.related;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.newsroom.enrich.related.LabelledCorpus.Labelled;
import org.newsroom.enrich.section.SectionClassifier;
import org.newsroom.enrich.section.SectionPrediction;
import org.newsroom.enrich.section.SectionTokenizer;
import org.newsroom.enrich.section.training.ClassificationCorpora;
import org.newsroom.enrich.section.training.LabelledText;
import org.newsroom.events.Article;
import org.newsroom.events.Enrichment;
import org.newsroom.events.SectionDecision;

/**
 * The site section each eval article would get in production (the section classifier on headline and body), without
 * the classifier having seen the article: the bundled model is trained on ANT itself, so its sections for ANT would be
 * in-sample and too good. Two-fold cross-fitting instead: ANT is split in halves by {@link LabelledText#heldOut}(50)
 * (the section eval's fixed hash); each half gets the predictions of a model trained, with the training command's
 * corpora (MewsC-16 and ANT), on MewsC-16 and the other half. BBC, never trained on, gets the first model's. So each
 * model sees half of the ANT articles the shipped one sees: these sections are, if anything, a little worse.
 */
final class PredictedSections {

    /** The training command's default settings (section.training.TrainCommand). */
    private static final SectionClassifier.Training TRAINING = new SectionClassifier.Training(20, 3, 1.0);

    private static final java.util.regex.Pattern NOT_LETTER_OR_DIGIT =
            java.util.regex.Pattern.compile("[^\\p{L}\\p{Nd}]+");

    private PredictedSections() {
    }

    /**
     * @param classification the {@code classification/} folder
     * @return {@code ant} and {@code bbc} in order, each article with the classifier's section decision set
     */
    static Map<String, List<Labelled>> apply(Path classification, List<Labelled> ant, List<Labelled> bbc) {
        long start = System.nanoTime();
        List<LabelledText> training = new ArrayList<>(ClassificationCorpora.read(classification,
                ClassificationCorpora.MEWSC));
        List<LabelledText> antItems = ClassificationCorpora.read(classification, ClassificationCorpora.ANT);
        training.addAll(antItems);
        SectionClassifier first = train(training, item -> !item.heldOut(50));
        SectionClassifier second = train(training, item -> item.heldOut(50));
        // the corpus is read distinct: a copy of a kept text goes with its twin's half (the model that saw the text);
        // a text dropped as contradictory was seen by neither model
        Map<String, Boolean> halfByText = new HashMap<>();
        for (LabelledText item : antItems) {
            halfByText.put(textKey(item.text()), item.heldOut(50));
        }
        Map<String, Boolean> firstHalf = new HashMap<>();
        for (LabelledText item : ClassificationCorpora.readAll(classification, ClassificationCorpora.ANT)) {
            firstHalf.put(item.id(), halfByText.getOrDefault(textKey(item.text()), false));
        }
        List<Labelled> antPredicted = new ArrayList<>(ant.size());
        long right = 0;
        long mapped = 0;
        for (Labelled labelled : ant) {
            String id = labelled.label() + "/" + labelled.article().uri().substring("urn:eval:ant:".length()) + ".txt";
            Boolean heldOutOfFirst = firstHalf.get(id);
            if (heldOutOfFirst == null) {
                throw new IllegalStateException("no ANT training item for " + id);
            }
            Labelled predicted = withSection(labelled, heldOutOfFirst ? first : second);
            if (!labelled.label().equals("localNews")) { // the one label without a section
                String truth = RelatedEval.section(labelled.label());
                mapped++;
                right += truth.equals(predicted.article().enrichment().section().name()) ? 1 : 0;
            }
            antPredicted.add(predicted);
        }
        List<Labelled> bbcPredicted = bbc.stream().map(labelled -> withSection(labelled, first)).toList();
        System.out.printf(Locale.ROOT, "predicted sections (2-fold cross-fitted classifier) in %.1f s; ANT section "
                + "accuracy (labels with a section) %.3f%n", (System.nanoTime() - start) / 1e9,
                (double) right / Math.max(1, mapped));
        return Map.of("ant", antPredicted, "bbc", bbcPredicted);
    }

    /** The letters and digits of a text: equal for copies that differ in marks, punctuation or spacing. */
    private static String textKey(String text) {
        return NOT_LETTER_OR_DIGIT.matcher(text).replaceAll("");
    }

    private static SectionClassifier train(List<LabelledText> items, Predicate<LabelledText> antFilter) {
        List<SectionClassifier.Example> examples = new ArrayList<>();
        for (LabelledText item : items) {
            boolean use = item.section() != null
                    && (!item.corpus().equals(ClassificationCorpora.ANT) || antFilter.test(item));
            if (use) {
                examples.add(new SectionClassifier.Example(item.section(), item.language(),
                        SectionTokenizer.features(item.text(), item.language())));
            }
        }
        return SectionClassifier.train(examples, TRAINING);
    }

    private static Labelled withSection(Labelled labelled, SectionClassifier classifier) {
        Article article = labelled.article();
        Enrichment enrichment = article.enrichment();
        // as SectionDecider: headline and body text, the settled language
        SectionPrediction prediction = classifier.classify(article.headline() + "\n\n" + enrichment.bodyText(),
                enrichment.language().code());
        SectionDecision section = new SectionDecision(prediction.section(), prediction.probability(), "classifier",
                "related-eval cross-fitted", false);
        return new Labelled(labelled.label(), article.withEnrichment(new Enrichment(enrichment.bodyText(),
                enrichment.language(), section, enrichment.keywords(), enrichment.related(),
                enrichment.boilerplateRemoved(), enrichment.enrichedAt(), enrichment.duplicateOf())));
    }
}
