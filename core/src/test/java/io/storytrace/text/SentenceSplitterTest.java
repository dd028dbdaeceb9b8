package io.storytrace.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> texts(String text) {
        return splitter.split(text).stream().map(Sentence::text).toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Gov. Smith signed it on Oct. 3 at 10 a.m. Monday in the U.S. capital.",
                "Mr. J. K. Arden and Mrs. Lee met Gen. Arlo and Prof. Ann Orr.",
                "No. 10 said the St. James St. office would open.",
                "See Fig. 3, pp. 4-5 and Vol. II of the report.",
                "“Why?” she asked.",
                "“It’s over,” he said, “and I left.”",
                "He left... then came back.",
                "TALLAHASSEE, Fla. — Gov. Ana Ruiz signed the bill on Monday.",
            })
    void keepsOneSentenceWhole(String sentence) {
        assertThat(texts(sentence)).containsExactly(sentence);
    }

    @Test
    void theMarkInsideENewsOrYahooFinanceEndsNoSentence() {
        assertThat(
                        texts(
                                "When E! News host Dani Poe asked, Stanhope smiled. She told Yahoo!"
                                        + " Finance it was fine. Wow! Great."))
                .containsExactly(
                        "When E! News host Dani Poe asked, Stanhope smiled.",
                        "She told Yahoo! Finance it was fine.",
                        "Wow!",
                        "Great.");
    }

    @Test
    void splitsAtStopsQuestionMarksAndClosingQuotes() {
        assertThat(texts("“I left.” Then I came back. Did he? Yes! It cost $5.5 million."))
                .containsExactly(
                        "“I left.”",
                        "Then I came back.",
                        "Did he?",
                        "Yes!",
                        "It cost $5.5 million.");
    }

    @Test
    void theFilipinoShortFormOfMariaEndsNoSentence() {
        assertThat(texts("Sen. Ma. Lourdes Villaraza-Cruz asked. Dizon declined."))
                .containsExactly("Sen. Ma. Lourdes Villaraza-Cruz asked.", "Dizon declined.");
    }

    @Test
    void anAbbreviationThatMayEndASentenceEndsOneBeforeAnOpener() {
        assertThat(texts("He was born in Washington, D.C. He moved to Acme Inc. The firm grew."))
                .containsExactly(
                        "He was born in Washington, D.C.",
                        "He moved to Acme Inc.",
                        "The firm grew.");
    }

    @Test
    void noWithAStopEndsASentenceUnlessANumberFollows() {
        assertThat(
                        texts(
                                "Ruiz voted no. The bill failed. “The answer is no. I won’t.” It was No. 5."))
                .containsExactly(
                        "Ruiz voted no.",
                        "The bill failed.",
                        "“The answer is no.",
                        "I won’t.”",
                        "It was No. 5.");
    }

    @Test
    void aTimeOfDayEndsASentenceUnlessADayMonthOrTimeZoneFollows() {
        assertThat(
                        texts(
                                "It is open until 8 p.m. Zhao said it would stay so. It opens at 11 a.m. ET."))
                .containsExactly(
                        "It is open until 8 p.m.",
                        "Zhao said it would stay so.",
                        "It opens at 11 a.m. ET.");
    }

    @Test
    void numbersBlocksFromBlankLinesAndBreaksAtSingleLineBreaks() {
        List<Sentence> sentences =
                splitter.split("Headline here\n\nFirst one. Second one.\nThird\n\n\nFourth.");

        assertThat(sentences)
                .extracting(Sentence::text)
                .containsExactly("Headline here", "First one.", "Second one.", "Third", "Fourth.");
        assertThat(sentences).extracting(Sentence::block).containsExactly(0, 1, 1, 1, 2);
        assertThat(sentences).extracting(Sentence::index).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void spansPointAtTheSentenceText() {
        String text = "  One.   Two?  ";
        for (Sentence sentence : splitter.split(text)) {
            assertThat(sentence.span().of(text)).isEqualTo(sentence.text());
        }
    }

    @Test
    void emptyAndBlankTextsHaveNoSentences() {
        assertThat(splitter.split("")).isEmpty();
        assertThat(splitter.split(" \n\n\t ")).isEmpty();
    }
}
