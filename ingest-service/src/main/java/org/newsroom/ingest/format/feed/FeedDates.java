package org.newsroom.ingest.format.feed;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the RFC 822 dates ROME cannot: those written with Portuguese, Spanish, French, German or Italian day and month
 * abbreviations ({@code Seg, 24 Set 2018 19:42:40 -0300}), as feeds outside the English-speaking world send them.
 * The day name is dropped, the month mapped to English, and the rest parsed as RFC 1123.
 */
final class FeedDates {

    private static final Map<String, String> MONTHS = Map.ofEntries(
            Map.entry("jan", "Jan"), Map.entry("ene", "Jan"), Map.entry("janv", "Jan"), Map.entry("gen", "Jan"),
            Map.entry("fev", "Feb"), Map.entry("feb", "Feb"), Map.entry("févr", "Feb"), Map.entry("fevr", "Feb"),
            Map.entry("mar", "Mar"), Map.entry("mars", "Mar"), Map.entry("mär", "Mar"), Map.entry("mrz", "Mar"),
            Map.entry("abr", "Apr"), Map.entry("apr", "Apr"), Map.entry("avr", "Apr"),
            Map.entry("mai", "May"), Map.entry("may", "May"), Map.entry("mag", "May"),
            Map.entry("jun", "Jun"), Map.entry("juin", "Jun"), Map.entry("giu", "Jun"),
            Map.entry("jul", "Jul"), Map.entry("juil", "Jul"), Map.entry("lug", "Jul"),
            Map.entry("ago", "Aug"), Map.entry("aug", "Aug"), Map.entry("août", "Aug"), Map.entry("aout", "Aug"),
            Map.entry("set", "Sep"), Map.entry("sep", "Sep"), Map.entry("sept", "Sep"),
            Map.entry("out", "Oct"), Map.entry("oct", "Oct"), Map.entry("okt", "Oct"), Map.entry("ott", "Oct"),
            Map.entry("nov", "Nov"),
            Map.entry("dez", "Dec"), Map.entry("dic", "Dec"), Map.entry("déc", "Dec"), Map.entry("dec", "Dec"));
    private static final Pattern RFC822 = Pattern.compile(
            "^(?:[^\\s,\\d]+\\.?,?\\s+)?(\\d{1,2})\\s+([^\\s\\d.]+)\\.?\\s+(\\d{4}\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s+\\S+)$");

    private FeedDates() {
    }

    /** The instant, or null when the text is not such a date. */
    static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        var matcher = RFC822.matcher(text.strip());
        if (!matcher.matches()) {
            return null;
        }
        String month = MONTHS.get(matcher.group(2).toLowerCase(Locale.ROOT));
        if (month == null) {
            return null;
        }
        String time = matcher.group(3).replaceFirst(" (\\d:)", " 0$1");
        if (time.matches("\\d{4} \\d{2}:\\d{2} .*")) {
            time = time.replaceFirst("(\\d{2}:\\d{2}) ", "$1:00 ");
        }
        try {
            return ZonedDateTime.parse(matcher.group(1) + " " + month + " " + time, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
