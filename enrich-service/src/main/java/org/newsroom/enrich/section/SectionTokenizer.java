package org.newsroom.enrich.section;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The classifier's features: Lucene's analyzer of the article's language (for Arabic {@link ArabicAnalyzer}:
 * standard tokenization, stop words, orthographic normalization and light stemming after Larkey, Ballesteros &amp;
 * Connell, SIGIR 2002; Snowball or light stemmers for the other languages), then word unigrams and bigrams
 * ({@code a_b}). Only the first {@value #MAX_CHARS} characters are read. Thread-safe (Lucene analyzers reuse their
 * components per thread).
 */
public final class SectionTokenizer {

    /** Characters of text read per article. */
    public static final int MAX_CHARS = 4000;

    private static final Map<String, Analyzer> ANALYZERS = Map.of(
            "ar", new ArabicAnalyzer(), "en", new EnglishAnalyzer(), "fr", new FrenchAnalyzer(),
            "de", new GermanAnalyzer(), "es", new SpanishAnalyzer(), "pt", new PortugueseAnalyzer(),
            "sv", new SwedishAnalyzer(), "no", new NorwegianAnalyzer(), "nb", new NorwegianAnalyzer(),
            "nn", new NorwegianAnalyzer());
    private static final Analyzer FALLBACK = new StandardAnalyzer();

    private SectionTokenizer() {
    }

    /**
     * @param text     plain text; may not be null
     * @param language BCP 47 primary tag choosing the analyzer; null or unknown uses Lucene's standard analyzer
     * @return unigram and bigram features, in text order
     */
    public static String[] features(String text, String language) {
        Analyzer analyzer = language == null ? FALLBACK
                : ANALYZERS.getOrDefault(language.toLowerCase(Locale.ROOT), FALLBACK);
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        List<String> features = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", sample)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String previous = null;
            while (stream.incrementToken()) {
                String token = term.toString();
                features.add(token);
                if (previous != null) {
                    features.add(previous + "_" + token);
                }
                previous = token;
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return features.toArray(String[]::new);
    }
}
