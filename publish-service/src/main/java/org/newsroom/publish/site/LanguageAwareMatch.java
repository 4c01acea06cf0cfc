package org.newsroom.publish.site;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.ArrayList;
import java.util.List;
import org.newsroom.publish.index.BodyTextField;

/**
 * The site's full-text query: each article is matched through the analyzer of its own detected language. The index
 * template gives {@code headline} a sub-field per analyzed language ({@code .ar}: Arabic normalization and light
 * stemming; {@code .en}: English stemming) and a language-neutral main field for the rest; the body is in its
 * language's own field ({@link BodyTextField}). A document of language {@code ar} (or {@code ar-*}) is only matched on
 * {@code headline.ar} and {@code body_text_ar}, and so on. Queries are {@code multi_match} with each field's own
 * analyzer, every term required; the same query serves hits and total.
 */
final class LanguageAwareMatch {

    private static final String HEADLINE = "headline";

    private LanguageAwareMatch() {
    }

    /**
     * @param text the user's query text; not blank
     * @return a query matching visible-or-not articles in any language; combine with the visibility filter
     */
    static Query of(String text) {
        List<Query> perLanguage = new ArrayList<>();
        for (String language : BodyTextField.ANALYZED_LANGUAGES) {
            perLanguage.add(Query.of(q -> q.bool(b -> b
                    .filter(language(language))
                    .must(match(text, HEADLINE + "." + language, BodyTextField.forAnalyzed(language))))));
        }
        perLanguage.add(Query.of(q -> q.bool(b -> b
                .mustNot(BodyTextField.ANALYZED_LANGUAGES.stream().map(LanguageAwareMatch::language).toList())
                .must(match(text, HEADLINE, BodyTextField.NEUTRAL)))));
        return Query.of(q -> q.bool(b -> b.should(perLanguage).minimumShouldMatch("1")));
    }

    /** Documents whose {@code language} is {@code code} or a tag under it ({@code ar} takes {@code ar-EG}). */
    static Query language(String code) {
        return Query.of(q -> q.bool(b -> b
                .should(s -> s.term(t -> t.field("language").value(code)))
                .should(s -> s.prefix(p -> p.field("language").value(code + "-")))
                .minimumShouldMatch("1")));
    }

    /** The body fields a snippet can come from, in the order they are tried. */
    static List<String> snippetFields() {
        return BodyTextField.all();
    }

    private static Query match(String text, String headline, String body) {
        return Query.of(q -> q.multiMatch(m -> m
                .query(text)
                .fields(headline + "^3", body)
                .operator(Operator.And)));
    }
}
