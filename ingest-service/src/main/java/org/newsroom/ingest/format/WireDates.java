package org.newsroom.ingest.format;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.regex.Pattern;

/**
 * Parses the date-times agencies really send: ISO-8601 with {@code Z}, {@code +01:00} or {@code +0100} offsets,
 * optional fractions, and offset-less values (taken as UTC, as IPTC recommends); also the ISO-8601 basic format of NITF
 * {@code norm} attributes ({@code 20151210T191044Z}, {@code 20170102T222800+0000}).
 */
public final class WireDates {

    private static final DateTimeFormatter OFFSET = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    private static final Pattern BASIC =
            Pattern.compile("(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})?(\\.\\d+)?(.*)");

    private WireDates() {
    }

    /**
     * Parses a wire date-time.
     *
     * @param value    the text; null or blank gives null
     * @param location where the value sits (JSON Pointer or XPath), for the error
     * @throws WireFormatException when the text is not a date-time
     */
    public static Instant parse(String value, String location) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = basicToExtended(value.strip());
        try {
            var parsed = OFFSET.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
            return parsed instanceof OffsetDateTime odt ? odt.toInstant()
                    : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notDate) {
                throw new WireFormatException(location, "not an ISO-8601 date-time: \"" + value.strip() + "\"");
            }
        }
    }

    private static String basicToExtended(String text) {
        var basic = BASIC.matcher(text);
        if (!basic.matches()) {
            return text;
        }
        return basic.group(1) + "-" + basic.group(2) + "-" + basic.group(3) + "T" + basic.group(4) + ":" + basic.group(5)
                + (basic.group(6) == null ? "" : ":" + basic.group(6))
                + (basic.group(7) == null ? "" : basic.group(7)) + basic.group(8);
    }
}
