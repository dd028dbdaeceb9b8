package io.storytrace.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.finding.AttributionInsideQuoteDetector;
import io.storytrace.finding.CommentaryDetector;
import io.storytrace.mention.NameFinder;
import io.storytrace.mention.NameLexicon;
import io.storytrace.mention.Names;
import io.storytrace.text.Passage;
import io.storytrace.text.SentenceSplitter;
import io.storytrace.text.Tokenizer;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Odd and hostile text: the analysis must neither throw nor slow down more than in proportion to
 * the text, and must say what it could not resolve. Time is measured by counting the characters the
 * analysis reads and copies through a counting text, never by the clock.
 */
class BadInputTest {

    private static QuoteExtraction analyse(CharSequence text) {
        Passage passage =
                Passage.of(text, new SentenceSplitter().split(text), false, new Tokenizer());
        Names names = new NameFinder(NameLexicon.standard()).find(passage);
        QuoteExtraction extraction = QuoteExtractor.standard().extract(passage, names);
        new CommentaryDetector().detect(passage, extraction);
        new AttributionInsideQuoteDetector(QuoteLexicon.standard()).detect(passage, extraction);
        return extraction;
    }

    @Test
    void unbalancedMarksAreReportedNotGuessed() {
        QuoteExtraction extraction =
                analyse(
                        "He said ” nothing. “Then she left.\n\nIt ended ” there. ‘Odd, and “odder.");

        assertThat(extraction.unresolved())
                .extracting(u -> u.reason())
                .contains(
                        "closing quotation mark without an opening one",
                        "quotation not closed before the paragraph ends");
    }

    @Test
    void aFiveMegabyteParagraphWithoutPunctuationIsOneSentenceAndNoQuote() {
        String text = "word ".repeat(1_000_000);
        QuoteExtraction extraction = analyse(text);

        assertThat(new SentenceSplitter().split(text)).hasSize(1);
        assertThat(extraction.quotes()).isEmpty();
    }

    @Test
    void aTextOfOnlyQuotationMarksGivesABoundedListOfProblems() {
        QuoteExtraction extraction = analyse("“”‘’\"'«»„「」".repeat(5_000));

        assertThat(extraction.unresolved()).isNotEmpty().hasSizeLessThanOrEqualTo(51);
    }

    /**
     * Marks of other scripts pair; the speech rules are English, so a Russian or Japanese quotation
     * with no English cue is not claimed as speech.
     */
    @Test
    void mixedScriptsAndControlCharactersPass() {
        QuoteExtraction extraction =
                analyse(
                        "Москва\u0000 «Мы готовы», сказал он. 「東京は晴れ」と田中さんは言った。\u0007"
                                + " Ana Ruiz said: “مرحبا 🌍 \u001B friends.” \uD800 lone surrogate.");

        assertThat(extraction.quotes())
                .extracting(Quote::text)
                .containsExactly("مرحبا 🌍 \u001B friends.");
        assertThat(extraction.unresolved())
                .extracting(u -> u.reason())
                .doesNotContain("quotation not closed before the paragraph ends");
    }

    static Stream<Arguments> hostileTexts() {
        return Stream.of(
                Arguments.of("unclosed openers", (IntFunction<String>) n -> "“word ".repeat(n / 6)),
                Arguments.of("marks only", (IntFunction<String>) n -> "“‘\"'".repeat(n / 4)),
                Arguments.of(
                        "apostrophes",
                        (IntFunction<String>) n -> "don't players' '90s ".repeat(n / 20)),
                Arguments.of(
                        "split quotes in one sentence",
                        (IntFunction<String>) n -> "“A,” he said, ".repeat(n / 14)),
                Arguments.of(
                        "reported speech without subjects",
                        (IntFunction<String>) n -> "said that said that ".repeat(n / 20)),
                Arguments.of("many names", (IntFunction<String>) BadInputTest::manyNames),
                Arguments.of(
                        "compound roles answering questions",
                        (IntFunction<String>)
                                n ->
                                        "Asked why, the press secretary said “No.” Press secretary Ann Lee left. "
                                                .repeat(n / 72)),
                Arguments.of(
                        "fragments in one reported sentence",
                        (IntFunction<String>) n -> "He said " + "“ab cd” ".repeat(n / 8)),
                Arguments.of(
                        "quotes and attributions",
                        (IntFunction<String>)
                                n ->
                                        "“We won,” Ana Ruiz told the Harbour Gazette. He said that it was done. "
                                                .repeat(n / 72)));
    }

    private static String manyNames(int n) {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder();
        while (text.length() < n) {
            text.append("Ann ")
                    .append((char) ('A' + random.nextInt(26)))
                    .append("x")
                    .append(random.nextInt(100_000));
            text.append(" said “yes,” and ");
        }
        return text.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileTexts")
    void workGrowsInProportionToTheText(String name, IntFunction<String> generator) {
        double small = workPerCharacter(generator.apply(20_000));
        double large = workPerCharacter(generator.apply(160_000));

        assertThat(large)
                .as("characters read per character of text, at 20k then at 160k (%s)", name)
                .isLessThanOrEqualTo(small * 1.25 + 1);
    }

    private static double workPerCharacter(String text) {
        CountingText counting = new CountingText(text, new long[1]);
        analyse(counting);
        return (double) counting.count[0] / text.length();
    }

    /** A text that counts every character read or copied from it. */
    private record CountingText(String text, long[] count) implements CharSequence {
        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            count[0]++;
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new CountingText(text.substring(start, end), count);
        }

        @Override
        public String toString() {
            count[0] += text.length();
            return text;
        }
    }
}
