package org.newsroom.search.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** The analyzers publish-service's index template builds from these components, rebuilt in plain Lucene. */
final class Chains {

    /** Token text and its offsets in the original text. */
    record Token(String term, int start, int end) {
    }

    static final Analyzer ARABIC = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(tokenizer);
            stream = new DecimalDigitFilterFactory().create(stream);
            stream = new ArabicNormalizationFilterFactory().create(stream);
            stream = new ArabicStemFilterFactory().create(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }

        @Override
        protected Reader initReader(String field, Reader reader) {
            return new ArabicPresentationFormsCharFilterFactory().create(reader);
        }
    };

    static final Analyzer ENGLISH = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilterFactory().create(tokenizer);
            stream = new LowerCaseFilter(stream);
            stream = new EnglishStemFilterFactory().create(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }
    };

    private Chains() {
    }

    static List<String> terms(Analyzer analyzer, String text) {
        return tokens(analyzer, text).stream().map(Token::term).toList();
    }

    static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
