package io.storytrace.extract;

import io.storytrace.article.PublishedTime;
import io.storytrace.article.PublishedTime.Precision;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication times as pages and dumps print them: ISO 8601 with or without a zone or
 * seconds, {@code 2024-09-01 20:46}, RFC 1123 as in feeds, and dates written out in English ("Sep.
 * 1, 2024", "1 September 2024"). Impossible dates are rejected rather than adjusted.
 */
public final class PublishedTimeParser {

    private static final Pattern ISO_LOCAL =
            Pattern.compile(
                    "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?)?"
                            + "\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?");

    private static final List<DateTimeFormatter> WRITTEN_DATES =
            List.of(
                    pattern("MMMM d, uuuu"),
                    pattern("MMM d, uuuu"),
                    pattern("MMM. d, uuuu"),
                    pattern("d MMMM uuuu"),
                    pattern("d MMM uuuu"),
                    pattern("MMMM d uuuu"),
                    pattern("MMM d uuuu"),
                    pattern("EEEE, MMMM d, uuuu"),
                    pattern("EEE, MMM d, uuuu"));

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(pattern)
                .toFormatter(Locale.ENGLISH)
                .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    }

    /** An ISO date, possibly with a time, somewhere inside a longer text. */
    private static final Pattern ISO_INSIDE =
            Pattern.compile(
                    "\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?"
                            + "(?:\\s*(?:Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?))?)?");

    /** A date written out in English somewhere inside a longer text. */
    private static final Pattern WRITTEN_INSIDE =
            Pattern.compile(
                    "(?i)\\b(?:\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?"
                            + "\\s+\\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+"
                            + "\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})\\b");

    /**
     * Finds a publication time in {@code text}, which may carry other words around it, as meta tags
     * do ("Wed Nov 20 2019 09:28:00 GMT+0000 (UTC)"). A whole-text match keeps its full precision;
     * a date found inside other words is kept as a day.
     */
    public Optional<PublishedTime> find(String text) {
        Optional<PublishedTime> whole = parse(text);
        if (whole.isPresent() || text == null || text.length() > 200) {
            return whole;
        }
        Matcher iso = ISO_INSIDE.matcher(text);
        if (iso.find()) {
            Optional<PublishedTime> found = parseIso(iso.group());
            if (found.isPresent()) {
                return found;
            }
        }
        Matcher written = WRITTEN_INSIDE.matcher(text);
        while (written.find()) {
            String date =
                    written.group()
                            .replaceAll("(?i)(\\d)(st|nd|rd|th)", "$1")
                            .replace(",", "")
                            .replace(".", "")
                            .replaceAll("\\s+", " ");
            Optional<PublishedTime> found = parseWritten(date);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Parses {@code text} as a whole; empty when it is not a recognisable, possible time. */
    public Optional<PublishedTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        if (s.isEmpty() || s.length() > 80) {
            return Optional.empty();
        }
        Optional<PublishedTime> iso = parseIso(s);
        if (iso.isPresent()) {
            return iso;
        }
        try {
            ZonedDateTime rfc = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
            return Optional.of(PublishedTime.of(rfc.toOffsetDateTime()));
        } catch (DateTimeParseException ignored) {
            // not RFC 1123; try written dates
        }
        return parseWritten(s);
    }

    private static Optional<PublishedTime> parseWritten(String s) {
        String written = s.replace("Sept.", "Sep.").replace("Sept ", "Sep ");
        for (DateTimeFormatter format : WRITTEN_DATES) {
            try {
                LocalDate date = LocalDate.parse(written, format);
                return Optional.of(new PublishedTime(date.atStartOfDay(), null, Precision.DAY));
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    private static Optional<PublishedTime> parseIso(String s) {
        Matcher m = ISO_LOCAL.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate date =
                    LocalDate.of(
                            Integer.parseInt(m.group(1)),
                            Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return Optional.of(new PublishedTime(date.atStartOfDay(), null, Precision.DAY));
            }
            int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            LocalDateTime time =
                    date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), second);
            Precision precision = m.group(6) == null ? Precision.MINUTE : Precision.SECOND;
            String zone = m.group(7);
            if (zone == null) {
                return Optional.of(new PublishedTime(time, null, precision));
            }
            OffsetDateTime zoned =
                    switch (zone) {
                        case "Z", "UTC", "GMT" -> time.atOffset(java.time.ZoneOffset.UTC);
                        default -> time.atOffset(java.time.ZoneOffset.of(normaliseOffset(zone)));
                    };
            return Optional.of(
                    new PublishedTime(zoned.toLocalDateTime(), zoned.getOffset(), precision));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String normaliseOffset(String zone) {
        String digits = zone.substring(1).replace(":", "");
        String hours = digits.substring(0, 2);
        String minutes = digits.length() >= 4 ? digits.substring(2, 4) : "00";
        return zone.charAt(0) + hours + ":" + minutes;
    }
}
