package io.storytrace.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.analyze.ArticleAnalyzer;
import io.storytrace.testing.Golden;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The labelled development set: its JSONL form is the hand-written source without markup, and
 * quotation extraction keeps the figures it reached on it.
 */
class QuoteDevSetTest {

    /** The figures reached when the set was last reviewed; a drop below them fails the build. */
    private static final double MIN_F1 = 1.0;

    private static final double MIN_SPEAKER_ACCURACY = 0.99;

    @Test
    void jsonlIsTheAnnotatedSourceWithoutMarkup() {
        List<LabelledArticle> articles =
                AnnotatedQuoteSet.read(Golden.resource("eval/quotes-dev.txt"));

        assertThat(articles).hasSizeGreaterThanOrEqualTo(60);
        Golden.assertMatchesText(
                AnnotatedQuoteSet.jsonl(articles), Golden.resource("eval/quotes-dev.jsonl"));
    }

    @Test
    void extractionKeepsItsFiguresOnTheDevelopmentSet() {
        QuoteEvaluation.Result result =
                new QuoteEvaluation(new QuotePredictor(ArticleAnalyzer.standard()))
                        .run(Golden.resource("eval/quotes-dev.jsonl"));
        StringWriter table = new StringWriter();
        QuoteEvaluation.printTable(result.score(), true, new PrintWriter(table, true));

        assertThat(result.score().f1()).as(table.toString()).isGreaterThanOrEqualTo(MIN_F1);
        assertThat(result.score().speakerAccuracy())
                .as(table.toString())
                .isGreaterThanOrEqualTo(MIN_SPEAKER_ACCURACY);
    }
}
