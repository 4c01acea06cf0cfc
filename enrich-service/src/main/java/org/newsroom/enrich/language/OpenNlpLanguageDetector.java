package org.newsroom.enrich.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Language identification with Apache OpenNLP's language detector and its published model {@code langdetect-183.bin}
 * (103 languages, character 1–3-gram maximum entropy, trained on the Leipzig corpora; artifact
 * {@code org.apache.opennlp:opennlp-models-langdetect}, Apache-2.0). Only the first {@code maxChars} characters are
 * read (the caller's {@code maxChars}): past a few hundred characters the answer no longer changes, and cost grows
 * linearly with length. Thread-safe (one
 * {@link LanguageDetectorME} per thread over the shared, immutable model).
 */
public final class OpenNlpLanguageDetector {

    /** Classpath location of the model in the OpenNLP models jar. */
    static final String MODEL_RESOURCE = "/langdetect-183.bin";

    private static final Map<String, String> ISO3_TO_BCP47 = iso3ToBcp47();

    private final ThreadLocal<LanguageDetectorME> detectors;

    private OpenNlpLanguageDetector(LanguageDetectorModel model) {
        this.detectors = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
    }

    /**
     * Loads the bundled model (about 10 MB; some 0.5 s).
     *
     * @throws UncheckedIOException when the model is missing from the classpath or unreadable
     */
    public static OpenNlpLanguageDetector load() {
        try (InputStream in = OpenNlpLanguageDetector.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IOException("language model " + MODEL_RESOURCE + " not on the classpath "
                        + "(artifact org.apache.opennlp:opennlp-models-langdetect)");
            }
            return new OpenNlpLanguageDetector(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param text     plain text; may not be null
     * @param maxChars characters of the text read, at least 1
     * @return the most probable language
     */
    public Detection detect(String text, int maxChars) {
        CharSequence sample = text.length() > maxChars ? text.subSequence(0, maxChars) : text;
        Language best = detectors.get().predictLanguage(sample);
        return new Detection(toBcp47(best.getLang()), Math.min(1.0, Math.max(0.0, best.getConfidence())));
    }

    /** @return the two-letter tag of an ISO 639-3 code ({@code ara} → {@code ar}, {@code nob} → {@code nb}) */
    static String toBcp47(String iso3) {
        return ISO3_TO_BCP47.getOrDefault(iso3, iso3);
    }

    private static Map<String, String> iso3ToBcp47() {
        Map<String, String> map = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                map.putIfAbsent(new Locale(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException e) {
                // no three-letter code known to the JDK: nothing to map
            }
        }
        // macrolanguage members the model uses for languages with a two-letter macrolanguage tag
        map.put("pes", "fa");
        map.put("zlm", "ms");
        map.put("ekk", "et");
        map.put("lvs", "lv");
        map.put("cmn", "zh");
        map.put("swh", "sw");
        map.put("uzn", "uz");
        return Map.copyOf(map);
    }
}
