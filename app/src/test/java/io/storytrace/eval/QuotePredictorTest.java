package io.storytrace.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.analyze.ArticleAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotePredictorTest {

    @Test
    void aLineInTitleCaseIsAHeadlineEvenWithAStop() {
        assertThat(QuotePredictor.titleCased("Kovane Breaks With Brandt On 9/11 Lawsuit Bill."))
                .isTrue();
        assertThat(
                        QuotePredictor.titleCased(
                                "Marta Kovane Speaks ‘Directly To Voters’ After Vote."))
                .isTrue();
        assertThat(QuotePredictor.titleCased("Marta Kovane spoke to voters on Monday.")).isFalse();
        assertThat(QuotePredictor.titleCased("Kovane Wins.")).isFalse();
    }

    @Test
    void aHeadlineInTitleCaseNamesNoSpeaker() {
        String text =
                "Marta Kovane Goes After Ilse Brandt As The New Ruler.\n\n"
                        + "At least that is what the Kovane campaign hopes.\n\n"
                        + "“She borrowed every cent from her father,” Kovane said.";

        List<QuoteLabel> quotes =
                new QuotePredictor(ArticleAnalyzer.standard()).predict("k-1", text);

        assertThat(quotes).extracting(QuoteLabel::speaker).containsExactly("Marta Kovane");
    }
}
