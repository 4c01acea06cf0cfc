package org.newsroom.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Token filter {@value #NAME}: Lucene's {@link ArabicStemFilter}, light stemming after Larkey, Ballesteros and Connell
 * (SIGIR 2002): strips the prefixes ال، وال، بال، كال، فال، لل، و and the suffixes ها، ان، ات، ون، ين، يه، ية، ه، ة، ي.
 * Expects normalized input: put it after {@value ArabicNormalizationFilterFactory#NAME}. Tokens marked as keywords
 * are left alone.
 */
@NamedComponent(ArabicStemFilterFactory.NAME)
public class ArabicStemFilterFactory implements TokenFilterFactory {

    /** The component's name in index settings. */
    public static final String NAME = "newsroom_arabic_stem";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new ArabicStemFilter(tokenStream);
    }
}
