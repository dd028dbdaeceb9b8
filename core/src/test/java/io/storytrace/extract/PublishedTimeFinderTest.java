package io.storytrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.article.PublishedTime;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link PublishedTimeParser#find}: times inside the longer strings that meta tags carry. */
class PublishedTimeFinderTest {

    private final PublishedTimeParser parser = new PublishedTimeParser();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2019-11-19T13:02:00.000Z|2019-11-19T13:02:00Z",
                "2019-11-19T12:05:31+0000|2019-11-19T12:05:31Z",
                "2019-11-18T17:26:45.726|2019-11-18T17:26:45",
                "Wed Nov 20 2019 09:28:00 GMT+0000 (UTC)|2019-11-20",
                "01:38:07 PM IST Nov 20, 2019|2019-11-20",
                "20 Nov 2019 08:02 GMT|2019-11-20T08:02:00Z",
                "November 19th, 2019 at noon|2019-11-19",
                "Mon, 18 Nov 2019 16:07:38 -0600|2019-11-18T16:07:38-06:00"
            })
    void findsTimesInsideOtherWords(String text, String iso) {
        assertThat(parser.find(text)).map(PublishedTime::toIso).contains(iso);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2019-02-30",
                "2019-13-01T10:00:00Z",
                "February 30, 2020",
                "yesterday",
                "",
                "25:61 on the 99th"
            })
    void rejectsImpossibleOrMissingDates(String text) {
        assertThat(parser.find(text)).isEqualTo(Optional.empty());
    }
}
