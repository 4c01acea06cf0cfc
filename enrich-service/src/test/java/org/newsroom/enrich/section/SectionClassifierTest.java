package org.newsroom.enrich.section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SectionClassifierTest {

    private static final SectionClassifier.Training TRAINING = new SectionClassifier.Training(20, 1, 0.5);

    private static List<SectionClassifier.Example> examples() {
        List<SectionClassifier.Example> examples = new ArrayList<>();
        String[] sports = {"the striker scored a late goal in the cup final", "the team won the league match",
            "the coach praised the goalkeeper after the match", "the club signed a striker before the final"};
        String[] business = {"shares fell as the bank reported lower profits", "the company raised its profit forecast",
            "investors sold shares after the bank cut rates", "the firm reported record sales and profits"};
        for (String text : sports) {
            examples.add(new SectionClassifier.Example("sports", "en", SectionTokenizer.features(text, "en")));
        }
        for (String text : business) {
            examples.add(new SectionClassifier.Example("business", "en", SectionTokenizer.features(text, "en")));
        }
        return examples;
    }

    @Test
    void trainedModelSeparatesItsClassesWithProbabilities() {
        SectionClassifier classifier = SectionClassifier.train(examples(), TRAINING);
        SectionPrediction prediction = classifier.classify("A late goal won the match for the club", "en");
        assertThat(prediction.section()).isEqualTo("sports");
        assertThat(prediction.probabilities().keySet()).containsExactly("sports", "business");
        assertThat(prediction.probabilities().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(classifier.classify("The bank's profits and shares", "en").section()).isEqualTo("business");
    }

    /** Two labels of sports (football, tennis) and one of business. */
    private static List<SectionClassifier.Example> labelledExamples() {
        List<SectionClassifier.Example> examples = new ArrayList<>();
        String[][] texts = {
            {"football", "sports", "the striker scored a late goal in the cup final"},
            {"football", "sports", "the club signed a striker before the final"},
            {"football", "sports", "the goalkeeper saved a penalty in the league match"},
            {"tennis", "sports", "she won the first set and served for the match"},
            {"tennis", "sports", "the seed lost in straight sets at the open"},
            {"tennis", "sports", "a double fault cost him the tie break"},
            {"markets", "business", "shares fell as the bank reported lower profits"},
            {"markets", "business", "investors sold shares after the bank cut rates"},
            {"markets", "business", "the firm reported record sales and profits"}};
        for (String[] text : texts) {
            examples.add(new SectionClassifier.Example(text[1], "en", SectionTokenizer.features(text[2], "en"),
                    text[0]));
        }
        return examples;
    }

    @Test
    void aSectionsProbabilityIsTheSumOfItsLabels() {
        SectionClassifier classifier = SectionClassifier.train(labelledExamples(), TRAINING);

        SectionPrediction tennis = classifier.classify("He won the set and the match on serve", "en");
        SectionPrediction football = classifier.classify("A late goal by the striker in the final", "en");

        assertThat(classifier.sections()).containsExactly("business", "sports");
        assertThat(tennis.section()).isEqualTo("sports");
        assertThat(football.section()).isEqualTo("sports");
        assertThat(tennis.probabilities().keySet()).containsExactly("sports", "business");
        assertThat(tennis.probabilities().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(tennis.probability()).isGreaterThan(0.5);
        assertThat(classifier.classify("The bank's profits and shares", "en").section()).isEqualTo("business");
    }

    @Test
    void aLabelOfTwoSectionsIsRejected() {
        List<SectionClassifier.Example> examples = new ArrayList<>(labelledExamples());
        examples.add(new SectionClassifier.Example("business", "en",
                SectionTokenizer.features("the club's shares rose", "en"), "football"));
        assertThatThrownBy(() -> SectionClassifier.train(examples, TRAINING))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("football");
    }

    @Test
    void writtenModelLoadsAndPredictsTheSame(@TempDir Path dir) throws Exception {
        SectionClassifier classifier = SectionClassifier.train(labelledExamples(), TRAINING);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        classifier.write(bytes);
        Path file = dir.resolve("model.bin");
        Files.write(file, bytes.toByteArray());

        SectionClassifier loaded = SectionClassifier.load(file.toString());

        String text = "The coach and the striker after the final";
        assertThat(loaded.classify(text, "en")).isEqualTo(classifier.classify(text, "en"));
        assertThat(loaded.sections()).containsExactly("business", "sports");
    }

    @Test
    void eachLanguageHasItsOwnModelAndOtherLanguagesGoToTheLargest() {
        List<SectionClassifier.Example> examples = new ArrayList<>(examples());
        String[] sports = {"فاز الفريق بالمباراة", "سجل المهاجم هدفا في المباراة"};
        String[] politics = {"صوت البرلمان على القانون", "اجتمع الوزير مع رئيس البرلمان"};
        for (String text : sports) {
            examples.add(new SectionClassifier.Example("sports", "ar", SectionTokenizer.features(text, "ar")));
        }
        for (String text : politics) {
            examples.add(new SectionClassifier.Example("politics", "ar", SectionTokenizer.features(text, "ar")));
        }
        SectionClassifier classifier = SectionClassifier.train(examples, TRAINING);

        assertThat(classifier.languages()).containsExactly("ar", "en");
        assertThat(classifier.sections()).containsExactly("business", "politics", "sports");
        assertThat(classifier.classify("البرلمان والقانون", "ar").probabilities().keySet())
                .containsExactlyInAnyOrder("politics", "sports");
        // English has more examples than Arabic: a language without a model is classified by the English one
        assertThat(classifier.classify("The bank's profits and shares", "fr").probabilities().keySet())
                .containsExactlyInAnyOrder("business", "sports");
    }

    @Test
    void aLanguageWithOneSectionGetsNoModel() {
        List<SectionClassifier.Example> examples = new ArrayList<>(examples());
        examples.add(new SectionClassifier.Example("sports", "ar", SectionTokenizer.features("فاز الفريق", "ar")));
        assertThat(SectionClassifier.train(examples, TRAINING).languages()).containsExactly("en");
    }

    @Test
    void aFileThatIsNotAModelIsRejected(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("not-a-model.bin");
        Files.writeString(file, "hello");
        assertThatThrownBy(() -> SectionClassifier.load(file.toString())).hasMessageContaining(file.toString());
    }

    @Test
    void oneSectionIsNotEnoughToTrain() {
        List<SectionClassifier.Example> one = examples().stream().filter(e -> e.section().equals("sports")).toList();
        assertThatThrownBy(() -> SectionClassifier.train(one, TRAINING)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void arabicFeaturesAreNormalizedAndStemmed() {
        // ArabicAnalyzer: stop word "في" dropped, teh marbuta normalized and stripped, prefixes "وال" and "ال" stripped
        assertThat(SectionTokenizer.features("والمباراة في الملعب", "ar")).containsExactly("مبارا", "ملعب",
                "مبارا_ملعب");
    }
}
