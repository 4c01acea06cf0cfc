package org.newsroom.enrich.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Teaser-line patterns by language: regular expressions (java.util.regex, compiled with
 * {@link Pattern#UNICODE_CHARACTER_CLASS}) that match the start of a block's text when the block is an injected
 * "read also" line rather than the story. They are tried with {@link java.util.regex.Matcher#lookingAt}: anchored at
 * the start whether or not they begin with {@code ^}, never scanned along the text. Key {@code any} holds patterns
 * applied whatever the article's language (site templates inject English labels such as "READ" into Arabic pages);
 * other keys are BCP 47 primary language subtags, and {@code no} also serves {@code nb} and {@code nn}. Immutable;
 * thread-safe.
 */
public final class TeaserPatterns {

    /** Key of the patterns applied to every language. */
    public static final String ANY = "any";

    private static final String ALSO_AR = "[أا]يض(?:ا\\u064B?|\\u064Bا)";

    /** The built-in patterns, used when configuration gives none. */
    public static final Map<String, List<String>> DEFAULTS = Map.of(
            ANY, List.of("^READ(?:\\s+(?:MORE|ALSO))?(?:\\s*:|\\s)"),
            "en", List.of("(?i)^(?:also read|read also|read more|see also|related(?: articles?| stories| coverage)?)"
                    + "\\s*:"),
            "ar", List.of("^[اإأ]قر[أا]\\s+" + ALSO_AR, "^[اإأ]قر[أا]\\s+المزيد", "^(?:شاهد|طالع)\\s+" + ALSO_AR,
                    "^ذات\\s+صلة\\s*:"),
            "fr", List.of("(?i)^(?:à\\s+)?lire\\s+(?:aussi|également)\\b", "(?i)^voir\\s+aussi\\s*:"),
            "de", List.of("(?i)^(?:lesen sie auch|mehr zum thema|auch interessant)\\b"),
            "es", List.of("(?i)^(?:lea|lee)\\s+también\\b", "(?i)^(?:también\\s+)?te puede interesar\\b"),
            "pt", List.of("(?i)^(?:leia|veja)\\s+(?:também|mais)\\b"),
            "sv", List.of("(?i)^läs\\s+(?:också|även|mer)\\b"),
            "no", List.of("(?i)^les\\s+(?:også|mer)\\b"));

    private final Map<String, List<Pattern>> byLanguage;
    private final List<Pattern> all;

    /**
     * @param patterns regular expressions by language key; null or empty gives {@link #DEFAULTS}
     * @throws IllegalArgumentException naming the language and pattern when one does not compile
     */
    public TeaserPatterns(Map<String, List<String>> patterns) {
        Map<String, List<String>> source = patterns == null || patterns.isEmpty() ? DEFAULTS : patterns;
        Map<String, List<Pattern>> compiled = new LinkedHashMap<>();
        List<Pattern> every = new ArrayList<>();
        source.forEach((language, expressions) -> {
            List<Pattern> list = new ArrayList<>();
            for (String expression : expressions) {
                try {
                    list.add(Pattern.compile(expression, Pattern.UNICODE_CHARACTER_CLASS));
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException("newsroom.enrich.clean.teaser-patterns." + language
                            + ": not a regular expression: " + expression + " (" + e.getDescription() + ")", e);
                }
            }
            compiled.put(language.toLowerCase(Locale.ROOT), List.copyOf(list));
            every.addAll(list);
        });
        this.byLanguage = Map.copyOf(compiled);
        this.all = List.copyOf(every);
    }

    /**
     * @param language BCP 47 tag of the article; null or blank gives every configured pattern
     * @return the patterns of {@code any} and of the language's primary subtag
     */
    public List<Pattern> forLanguage(String language) {
        if (language == null || language.isBlank()) {
            return all;
        }
        String primary = Locale.forLanguageTag(language.strip().replace('_', '-')).getLanguage();
        List<Pattern> patterns = new ArrayList<>(byLanguage.getOrDefault(ANY, List.of()));
        patterns.addAll(byLanguage.getOrDefault(primary, List.of()));
        if (primary.equals("nb") || primary.equals("nn")) {
            patterns.addAll(byLanguage.getOrDefault("no", List.of()));
        }
        return patterns;
    }
}
