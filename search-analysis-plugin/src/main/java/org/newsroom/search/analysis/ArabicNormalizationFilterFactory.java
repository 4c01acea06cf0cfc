package org.newsroom.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Token filter {@value #NAME}: Lucene's {@link ArabicNormalizationFilter}, orthographic normalization after Larkey,
 * Ballesteros and Connell (SIGIR 2002): alef with hamza above or below or with madda to bare alef, alef maqsura to
 * yeh, teh marbuta to heh, tatweel and harakat (fathatan to sukun) removed. Also applied to multi-term queries.
 */
@NamedComponent(ArabicNormalizationFilterFactory.NAME)
public class ArabicNormalizationFilterFactory implements TokenFilterFactory {

    /** The component's name in index settings. */
    public static final String NAME = "newsroom_arabic_normalization";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new ArabicNormalizationFilter(tokenStream);
    }

    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return create(tokenStream);
    }
}
