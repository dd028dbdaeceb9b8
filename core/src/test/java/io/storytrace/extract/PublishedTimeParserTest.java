package io.storytrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.article.PublishedTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedTimeParserTest {

    private final PublishedTimeParser parser = new PublishedTimeParser();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2024-09-01 20:46|2024-09-01T20:46",
                "2024-09-01T20:46:05|2024-09-01T20:46:05",
                "2024-09-01T20:46:05Z|2024-09-01T20:46:05Z",
                "2024-09-01T20:46:05.123+0100|2024-09-01T20:46:05+01:00",
                "2024-09-01T20:46:05-04:00|2024-09-01T20:46:05-04:00",
                "2024-09-01|2024-09-01",
                "'Sun, 01 Sep 2024 20:46:00 GMT'|2024-09-01T20:46:00Z",
                "'September 1, 2024'|2024-09-01",
                "'Sept. 1, 2024'|2024-09-01",
                "'1 September 2024'|2024-09-01",
            })
    void readsTheFormsPagesUse(String text, String iso) {
        assertThat(parser.parse(text)).map(PublishedTime::toIso).hasValue(iso);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2024-02-30",
                "2024-13-01 10:00",
                "2024-09-01 25:61",
                "yesterday",
                "Read More",
                ""
            })
    void refusesImpossibleOrUnknownTimes(String text) {
        assertThat(parser.parse(text)).isEmpty();
    }
}
