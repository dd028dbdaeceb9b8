package io.storytrace.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.analyze.ArticleAnalyzer;
import io.storytrace.testing.Golden;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The stress sets: long news articles in many outlets' voices, written and labelled for Storytrace
 * (docs/quote-labels.md). Their JSONL forms are the hand-written sources without markup; the
 * development half keeps the figures reached on it. The held-out half ({@code quotes-stress-check})
 * is only converted here, never scored, so that no rule is fitted to it:
 *
 * <pre>./storytrace eval quotes app/src/test/resources/eval/quotes-stress-check.jsonl</pre>
 *
 * <p>The probe passages (short excerpts, one family of constructions per writer) are split the same
 * way: {@code quotes-probe-dev} keeps its figures, {@code quotes-probe-check} is only converted.
 */
class StressQuoteSetTest {

    /** The figures reached on the development half, less a rounding margin. */
    private static final double MIN_F1 = 0.977;

    private static final double MIN_SPEAKER_ACCURACY = 0.895;

    private static final double MIN_OUTLET_ACCURACY = 0.657;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "eval/quotes-stress-dev",
                "eval/quotes-stress-check",
                "eval/quotes-probe-dev",
                "eval/quotes-probe-check"
            })
    void jsonlIsTheAnnotatedSourceWithoutMarkup(String set) {
        List<LabelledArticle> articles = AnnotatedQuoteSet.read(Golden.resource(set + ".txt"));

        assertThat(articles).hasSizeGreaterThanOrEqualTo(16);
        Golden.assertMatchesText(
                AnnotatedQuoteSet.jsonl(articles), Golden.resource(set + ".jsonl"));
    }

    /** The figures reached on the probe passages' development half, less a rounding margin. */
    private static final double MIN_PROBE_F1 = 0.964;

    private static final double MIN_PROBE_SPEAKER_ACCURACY = 0.890;

    @Test
    void extractionKeepsItsFiguresOnTheProbePassages() {
        QuoteEvaluation.Result result =
                new QuoteEvaluation(new QuotePredictor(ArticleAnalyzer.standard()))
                        .run(Golden.resource("eval/quotes-probe-dev.jsonl"));
        StringWriter table = new StringWriter();
        QuoteEvaluation.printTable(result.score(), true, new PrintWriter(table, true));

        assertThat(result.articles()).hasSize(80);
        assertThat(result.score().f1()).as(table.toString()).isGreaterThanOrEqualTo(MIN_PROBE_F1);
        assertThat(result.score().speakerAccuracy())
                .as(table.toString())
                .isGreaterThanOrEqualTo(MIN_PROBE_SPEAKER_ACCURACY);
    }

    @Test
    void extractionKeepsItsFiguresOnTheDevelopmentHalf() {
        QuoteEvaluation.Result result =
                new QuoteEvaluation(new QuotePredictor(ArticleAnalyzer.standard()))
                        .run(Golden.resource("eval/quotes-stress-dev.jsonl"));
        StringWriter table = new StringWriter();
        QuoteEvaluation.printTable(result.score(), true, new PrintWriter(table, true));

        assertThat(result.articles()).hasSize(152);
        assertThat(result.score().f1()).as(table.toString()).isGreaterThanOrEqualTo(MIN_F1);
        assertThat(result.score().speakerAccuracy())
                .as(table.toString())
                .isGreaterThanOrEqualTo(MIN_SPEAKER_ACCURACY);
        assertThat(result.score().outletAccuracy())
                .as(table.toString())
                .isGreaterThanOrEqualTo(MIN_OUTLET_ACCURACY);
    }
}
