package org.newsroom.enrich.section;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.newsroom.events.Article;
import org.newsroom.events.LanguageDecision;
import org.newsroom.events.SectionDecision;
import org.springframework.stereotype.Component;

/**
 * Settles an article's site section, first rule that applies:
 * <ol>
 *   <li>{@link SubjectRule}: the agency's IPTC subject codes, with their broader codes ({@code agency-subject});</li>
 *   <li>{@link GenreRule}: an opinion genre ({@code rule});</li>
 *   <li>{@link SectionClassifier} on headline and body ({@code classifier}); below
 *       {@link SectionProperties#reviewThreshold()} the section is still set and marked {@code needs_review}.</li>
 * </ol>
 * Thread-safe.
 */
@Component
public class SectionDecider {

    /** {@code decided_by} of the classifier. */
    public static final String CLASSIFIER = "classifier";

    /** {@code decided_by} of the agency's subject codes ({@link SubjectRule}). */
    public static final String AGENCY_SUBJECT = SubjectRule.DECIDED_BY;

    private static final int TOP_CLASSES = 3;

    private final SubjectRule subjects;
    private final GenreRule genres;
    private final SectionClassifier classifier;
    private final double reviewThreshold;

    /**
     * @param properties section configuration; may not be null
     * @throws IllegalArgumentException when the model predicts a section the site does not have
     * @throws UncheckedIOException     when the model or the Media Topics table cannot be read
     */
    public SectionDecider(SectionProperties properties) {
        this.subjects = new SubjectRule(properties.subjects(), hierarchy(properties.mediaTopics()));
        this.genres = new GenreRule(properties.opinionGenres(), properties.opinionSection());
        this.classifier = SectionClassifier.load(properties.model());
        this.reviewThreshold = properties.reviewThreshold();
        if (!properties.sections().containsAll(classifier.sections())) {
            throw new IllegalArgumentException("newsroom.enrich.section.model predicts " + classifier.sections()
                    + ", not all of them sections " + properties.sections());
        }
    }

    /**
     * @param article  the article, for its subjects, genres and headline
     * @param bodyText its clean body text
     * @param language its settled language; may be null
     * @return the decision; never null
     */
    public SectionDecision decide(Article article, String bodyText, LanguageDecision language) {
        Optional<SectionDecision> rule = subjects.decide(article.subject()).or(() -> genres.decide(article.genre()));
        if (rule.isPresent()) {
            return rule.get();
        }
        String text = article.headline() == null ? bodyText : article.headline() + "\n\n" + bodyText;
        SectionPrediction prediction = classifier.classify(text, language == null ? null : language.code());
        Map<String, Double> top = new LinkedHashMap<>();
        prediction.probabilities().entrySet().stream().limit(TOP_CLASSES)
                .forEach(e -> top.put(e.getKey(), Math.round(e.getValue() * 1e4) / 1e4));
        boolean review = prediction.probability() < reviewThreshold;
        StringBuilder reason = new StringBuilder("no mapped subject or opinion genre; classifier: ");
        top.forEach((section, probability) -> twoDecimals(reason.append(section).append(' '), probability)
                .append(", "));
        reason.setLength(reason.length() - 2);
        if (review) {
            twoDecimals(reason.append(" (below review threshold "), reviewThreshold).append(')');
        }
        return new SectionDecision(prediction.section(), prediction.probability(), CLASSIFIER, reason.toString(), review,
                top);
    }

    /** Appends {@code value} (0–1) rounded to two decimals, as {@code %.2f} in the root locale, without its cost. */
    private static StringBuilder twoDecimals(StringBuilder out, double value) {
        long hundredths = Math.round(value * 100);
        return out.append(hundredths / 100).append('.').append(hundredths % 100 < 10 ? "0" : "").append(hundredths % 100);
    }

    private static SubjectHierarchy hierarchy(String path) {
        if (path == null || path.isBlank()) {
            return SubjectHierarchy.bundled();
        }
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            return SubjectHierarchy.read(in, path);
        } catch (IOException e) {
            throw new UncheckedIOException("newsroom.enrich.section.media-topics: cannot read " + path, e);
        }
    }
}
