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

    @Test
    void wordsDescribingPeopleAndAHeadlinesVerbAreNoNames() {
        String text =
                "Vell Sees ‘Personal Insult’ if Voters Don’t Rally for Ilse Varga.\n\n"
                        + "With Democratic leaders increasingly worried about a lack of passion for"
                        + " Ilse Varga among young voters, President Vell is rolling out a new and"
                        + " more personal campaign message: \"It’s about me.\"\n\n"
                        + "The president told voters he would consider it a \"personal insult\""
                        + " if they stayed home.";

        List<QuoteLabel> quotes =
                new QuotePredictor(ArticleAnalyzer.standard()).predict("v-1", text);

        assertThat(quotes).extracting(QuoteLabel::speaker).containsOnly("Vell");
    }

    @Test
    void aNameBeforeAColonOpeningTheHeadlineSpeaksItsQuotation() {
        String text =
                "Brenner: Vell’s ‘Incredibly Hateful Rhetoric’ Destroying Party’s Chance To Win.\n\n"
                        + "On Thursday Sen. Lindsey Brenner called out his rival Omar Vell.\n\n"
                        + "Brenner said, “We are losing voters because they think we don’t like"
                        + " them.”";

        List<QuoteLabel> quotes =
                new QuotePredictor(ArticleAnalyzer.standard()).predict("h-1", text);

        assertThat(quotes).extracting(QuoteLabel::speaker).containsOnly("Lindsey Brenner");
        assertThat(quotes).hasSize(2);
    }
}
