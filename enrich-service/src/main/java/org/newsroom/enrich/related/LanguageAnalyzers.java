package org.newsroom.enrich.related;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * Lucene's analyzer per language (primary BCP 47 subtag): stop words, normalisation and stemming of that language;
 * for Arabic, {@link ArabicAnalyzer} (orthographic normalisation: tatweel, harakat, alef and yeh forms; light stemming,
 * Larkey et al. 2007). Languages without one get {@link StandardAnalyzer} (UAX #29 words, lower case). Analyzers
 * are thread-safe; one set per index.
 */
final class LanguageAnalyzers implements AutoCloseable {

    private final Map<String, Analyzer> byLanguage = Map.ofEntries(
            Map.entry("ar", new ArabicAnalyzer()),
            Map.entry("en", new EnglishAnalyzer()),
            Map.entry("fa", new PersianAnalyzer()),
            Map.entry("fr", new FrenchAnalyzer()),
            Map.entry("de", new GermanAnalyzer()),
            Map.entry("es", new SpanishAnalyzer()),
            Map.entry("it", new ItalianAnalyzer()),
            Map.entry("pt", new PortugueseAnalyzer()),
            Map.entry("nl", new DutchAnalyzer()),
            Map.entry("ru", new RussianAnalyzer()),
            Map.entry("tr", new TurkishAnalyzer()));
    private final Analyzer fallback = new StandardAnalyzer();

    /** @param language primary language subtag, lower case; null or unknown gives the standard analyzer */
    Analyzer forLanguage(String language) {
        Analyzer analyzer = language == null ? null : byLanguage.get(language);
        return analyzer == null ? fallback : analyzer;
    }

    @Override
    public void close() {
        byLanguage.values().forEach(Analyzer::close);
        fallback.close();
    }
}
