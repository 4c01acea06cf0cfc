package org.newsroom.enrich.language;

import org.newsroom.events.Article;
import org.newsroom.events.LanguageDecision;
import org.springframework.stereotype.Component;

/**
 * Settles an article's language from the wire's tag and detection ({@link OpenNlpLanguageDetector}):
 * <ul>
 *   <li>detection agrees with the wire ({@link LanguageFamily}): the wire's tag, with the detector's probability;
 *       with a wire tag the detector first reads only {@link LanguageProperties#maxConfirmChars()} characters, and
 *       when that agrees it is the recorded detection (its probability is lower than on a longer prefix); only when
 *       it disagrees does the detector read {@link LanguageProperties#maxDetectChars()} and decide as below;</li>
 *   <li>detection disagrees at or above {@link LanguageProperties#overrideConfidence()}: the detected language;</li>
 *   <li>detection disagrees below it (unsure), or the text is too short to detect: the wire's tag, confidence 1.0;</li>
 *   <li>no wire tag: the detected language, whatever its probability; none when the text is too short.</li>
 * </ul>
 * The detected language and its probability are recorded in every case where detection ran. Thread-safe.
 */
@Component
public class LanguageDecider {

    private final OpenNlpLanguageDetector detector;
    private final LanguageProperties properties;

    /** @param properties thresholds; may not be null */
    public LanguageDecider(LanguageProperties properties) {
        this.properties = properties;
        this.detector = OpenNlpLanguageDetector.load();
    }

    /**
     * @param article  the article, for its wire tag and headline
     * @param bodyText its clean body text; may not be null
     * @return the settled language; null when the wire has none and the text is too short to detect
     */
    public LanguageDecision decide(Article article, String bodyText) {
        LanguageDecision wire = WireLanguage.of(article);
        String text = article.headline() == null ? bodyText : article.headline() + "\n" + bodyText;
        if (text.strip().length() < properties.minTextChars()) {
            return wire;
        }
        if (wire == null) {
            Detection detected = detector.detect(text, properties.maxDetectChars());
            return decision(detected.code(), detected.confidence(), "detected", detected);
        }
        Detection confirmed = detector.detect(text, properties.maxConfirmChars());
        if (LanguageFamily.same(wire.code(), confirmed.code())) {
            return decision(wire.code(), confirmed.confidence(), "wire", confirmed);
        }
        // the short prefix disagrees: decide on the full prefix, as without a wire tag
        Detection detected = detector.detect(text, properties.maxDetectChars());
        if (LanguageFamily.same(wire.code(), detected.code())) {
            return decision(wire.code(), detected.confidence(), "wire", detected);
        }
        if (detected.confidence() >= properties.overrideConfidence()) {
            return decision(detected.code(), detected.confidence(), "detected", detected);
        }
        return decision(wire.code(), 1.0, "wire", detected);
    }

    private static LanguageDecision decision(String code, double confidence, String source, Detection detected) {
        return new LanguageDecision(code, confidence, source, detected.code(), detected.confidence());
    }
}
