package org.newsroom.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Token filter {@value #NAME}: Lucene's {@link EnglishPossessiveFilter}, trailing {@code 's} (straight or curly
 * apostrophe) removed, as the first step of Lucene's {@code EnglishAnalyzer}.
 */
@NamedComponent(EnglishPossessiveFilterFactory.NAME)
public class EnglishPossessiveFilterFactory implements TokenFilterFactory {

    /** The component's name in index settings. */
    public static final String NAME = "newsroom_english_possessive";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new EnglishPossessiveFilter(tokenStream);
    }
}
