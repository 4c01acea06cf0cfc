/**
 * An Elasticsearch stable analysis plugin: named components that wrap Lucene's own analysis classes so that an
 * Elasticsearch node without the {@code analysis-common} module can still analyze Arabic and English text.
 *
 * <p>Components, by the name an index's analysis settings use:
 * <ul>
 *   <li>char filter {@code newsroom_arabic_presentation_forms}: Arabic presentation forms (U+FB50–U+FDFF,
 *       U+FE70–U+FEFF) to their standard letters, by Unicode NFKC;</li>
 *   <li>token filter {@code newsroom_arabic_normalization}: Lucene's {@code ArabicNormalizationFilter} (hamza and madda
 *       on alef to bare alef, alef maqsura to yeh, teh marbuta to heh, no tatweel, no harakat);</li>
 *   <li>token filter {@code newsroom_arabic_stem}: Lucene's {@code ArabicStemFilter}, light stemming after Larkey,
 *       Ballesteros and Connell, "Improving Stemming for Arabic Information Retrieval" (SIGIR 2002): the definite article
 *       and a few prefixes and suffixes;</li>
 *   <li>token filter {@code newsroom_decimal_digit}: Lucene's {@code DecimalDigitFilter}, every Unicode decimal digit
 *       (Arabic-Indic ones included) to ASCII;</li>
 *   <li>token filters {@code newsroom_english_possessive} and {@code newsroom_english_stem}: Lucene's
 *       {@code EnglishPossessiveFilter} and {@code PorterStemFilter}, as Lucene's {@code EnglishAnalyzer} chains them.</li>
 * </ul>
 * Each component is listed by hand in the plugin's {@code named_components.json}; keyword normalizers cannot use stable
 * components, so these serve analyzers only.
 */
package org.newsroom.search.analysis;
