package org.newsroom.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Token filter {@value #NAME}: Lucene's {@link PorterStemFilter}, M. F. Porter, "An algorithm for suffix stripping",
 * Program 14(3), 1980 — the stemmer of Lucene's {@code EnglishAnalyzer}. Expects lower-cased input. Tokens marked as
 * keywords are left alone.
 */
@NamedComponent(EnglishStemFilterFactory.NAME)
public class EnglishStemFilterFactory implements TokenFilterFactory {

    /** The component's name in index settings. */
    public static final String NAME = "newsroom_english_stem";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new PorterStemFilter(tokenStream);
    }
}
