package io.storytrace.article;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * When an article says it was published. Pages often give a local time with no zone (the seed's
 * {@code 2024-09-01 20:46}) or only a date, so the zone and the precision are kept as found rather
 * than guessed.
 *
 * @param dateTime the wall-clock time as printed
 * @param offset the zone offset when the source gave one, otherwise {@code null}
 * @param precision how much of the time the source actually gave
 */
public record PublishedTime(LocalDateTime dateTime, ZoneOffset offset, Precision precision) {

    /** How much of a publication time the source gave. */
    public enum Precision {
        DAY,
        MINUTE,
        SECOND
    }

    public PublishedTime {
        Objects.requireNonNull(dateTime, "dateTime");
        Objects.requireNonNull(precision, "precision");
    }

    /** A time with its zone offset, to the second. */
    public static PublishedTime of(OffsetDateTime time) {
        return new PublishedTime(time.toLocalDateTime(), time.getOffset(), Precision.SECOND);
    }

    /** Whether the source gave a zone, so that the instant is known rather than assumed. */
    public boolean isZoned() {
        return offset != null;
    }

    /** The instant, reading a time without a zone as UTC; use {@link #isZoned()} to know. */
    public Instant toInstantAssumingUtc() {
        return dateTime.toInstant(offset == null ? ZoneOffset.UTC : offset);
    }

    /**
     * ISO-8601 text that keeps what was given: {@code 2024-09-01}, {@code 2024-09-01T20:46}, ...
     */
    public String toIso() {
        String local =
                switch (precision) {
                    case DAY -> dateTime.toLocalDate().toString();
                    case MINUTE ->
                            dateTime.format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm"));
                    case SECOND ->
                            dateTime.format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss"));
                };
        return offset == null || precision == Precision.DAY ? local : local + offset.getId();
    }

    @Override
    public String toString() {
        return toIso();
    }
}
