package org.newsroom.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Token filter {@value #NAME}: Lucene's {@link DecimalDigitFilter}, every Unicode decimal digit (general category Nd:
 * Arabic-Indic ٠–٩, Extended Arabic-Indic ۰–۹, …) to its ASCII digit, so "٢٠٢٦" finds "2026". Also applied to
 * multi-term queries.
 */
@NamedComponent(DecimalDigitFilterFactory.NAME)
public class DecimalDigitFilterFactory implements TokenFilterFactory {

    /** The component's name in index settings. */
    public static final String NAME = "newsroom_decimal_digit";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new DecimalDigitFilter(tokenStream);
    }

    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return create(tokenStream);
    }
}
