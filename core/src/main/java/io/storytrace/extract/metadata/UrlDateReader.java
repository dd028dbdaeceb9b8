package io.storytrace.extract.metadata;

import io.storytrace.article.PublishedTime;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date from an article's address, as many sites put it there: {@code
 * /2019/11/19/}, {@code /2019-11-19/}, {@code /20191119/}. The date is a day, never a time, and an
 * impossible one is ignored.
 */
final class UrlDateReader {

    private static final Pattern SLASHED =
            Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:[/_.-]|$)");
    private static final Pattern COMPACT =
            Pattern.compile("[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:[/_.-]|$)");

    /** The date in {@code url}, if it carries one. */
    Optional<PublishedTime> read(String url) {
        if (url == null) {
            return Optional.empty();
        }
        for (Pattern pattern : new Pattern[] {SLASHED, COMPACT}) {
            Matcher m = pattern.matcher(url);
            if (m.find()) {
                try {
                    LocalDate date =
                            LocalDate.of(
                                    Integer.parseInt(m.group(1)),
                                    Integer.parseInt(m.group(2)),
                                    Integer.parseInt(m.group(3)));
                    return Optional.of(
                            new PublishedTime(
                                    date.atStartOfDay(), null, PublishedTime.Precision.DAY));
                } catch (DateTimeException e) {
                    // not a date after all; try the next form
                }
            }
        }
        return Optional.empty();
    }
}
