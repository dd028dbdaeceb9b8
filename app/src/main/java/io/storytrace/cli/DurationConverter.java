package io.storytrace.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads durations such as {@code 2d}, {@code 14d}, {@code 6h}, {@code 90m} or ISO {@code P2D}. */
final class DurationConverter implements ITypeConverter<Duration> {

    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*([smhdw])");

    @Override
    public Duration convert(String value) {
        Matcher m = SHORT.matcher(value.strip().toLowerCase(java.util.Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> Duration.ofDays(7 * n);
            };
        }
        try {
            return Duration.parse(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (java.time.format.DateTimeParseException e) {
            throw new TypeConversionException(
                    "'" + value + "' is not a duration: use 30m, 6h, 2d, 1w or ISO P2D");
        }
    }
}
