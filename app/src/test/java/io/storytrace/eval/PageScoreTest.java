package io.storytrace.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageScoreTest {

    @Test
    void identicalTextsScorePerfectlyWhateverTheSpacing() {
        PageScore score = PageScore.of("One two three four five.", "One  two\nthree, four five");

        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.exact()).isTrue();
    }

    @Test
    void countsFourGramsAndNormalisesByTheirSum() {
        // truth 4-grams: [a b c d], [b c d e]; predicted: [a b c d], [b c d x]
        PageScore score = PageScore.of("a b c d e", "a b c d x");

        assertThat(score.tp()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(score.fp()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(score.fn()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(score.precision()).isCloseTo(0.5, within(1e-12));
        assertThat(score.exact()).isFalse();
    }

    @Test
    void repeatedFourGramsCountAsAMultiset() {
        PageScore score = PageScore.of("a b c d a b c d", "a b c d");

        // truth: abcd twice, bcda, cdab, dabc; predicted: abcd once
        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void aShortTextIsOneShorterGram() {
        assertThat(PageScore.of("Hello world", "Hello world").precision()).isEqualTo(1.0);
        assertThat(PageScore.of("Hello world", "Hello there").precision()).isZero();
    }

    @Test
    void nothingExtractedLeavesPrecisionUndefinedAndRecallZero() {
        PageScore score = PageScore.of("a b c d e", "");

        assertThat(score.precision()).isNaN();
        assertThat(score.recall()).isZero();
    }

    @Test
    void wordsAreUnicodeLettersDigitsAndUnderscores() {
        assertThat(PageScore.tokens("Café_1 naïve—Ωmega 42%"))
                .containsExactly("Café_1", "naïve", "Ωmega", "42");
    }

    @Test
    void aggregatesAsMeansOverDefinedPages() {
        ExtractionScore score =
                ExtractionScore.of(
                        List.of(
                                PageScore.of("a b c d e", "a b c d e"),
                                PageScore.of("a b c d e", ""),
                                PageScore.of("a b c d e", "a b c d x")));

        // precision over the two pages that extracted something: (1 + 0.5) / 2
        assertThat(score.precision()).isCloseTo(0.75, within(1e-12));
        // recall over all three: (1 + 0 + 0.5) / 3
        assertThat(score.recall()).isCloseTo(0.5, within(1e-12));
        assertThat(score.f1()).isCloseTo(2 * 0.75 * 0.5 / 1.25, within(1e-12));
        assertThat(score.accuracy()).isCloseTo(1 / 3.0, within(1e-12));
    }
}
