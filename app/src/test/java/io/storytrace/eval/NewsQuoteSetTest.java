package io.storytrace.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.analyze.ArticleAnalyzer;
import io.storytrace.testing.Golden;
import io.storytrace.testing.SharedData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Quotations in real, published news: hand labels of the quotes in 20 articles of the shared
 * extraction benchmark ({@code eval/quotes-news-dev.labels.jsonl}: ids, code-point offsets,
 * speakers and outlets, no text). The texts are the benchmark's {@code articleBody}s, read from
 * {@code ../shared/data} at test time; the test skips when that is absent. A second set of 20
 * articles ({@code quotes-news-check.labels.jsonl}) is kept for held-out figures and is not run
 * here, so that no rule is fitted to it:
 *
 * <pre>./storytrace eval quotes app/src/test/resources/eval/quotes-news-check.labels.jsonl \
 *     --texts ../shared/data/article-extraction-benchmark/ground-truth.json</pre>
 */
class NewsQuoteSetTest {

    /** The figures reached on the development half (F1 0.940, speaker accuracy 0.950). */
    private static final double MIN_F1 = 0.939;

    private static final double MIN_SPEAKER_ACCURACY = 0.949;

    @Test
    void extractionKeepsItsFiguresOnRealNews() {
        Path truth = SharedData.require("article-extraction-benchmark/ground-truth.json");
        Map<String, String> texts = new ArticleTextsReader().read(truth);

        QuoteEvaluation.Result result =
                new QuoteEvaluation(new QuotePredictor(ArticleAnalyzer.standard()))
                        .run(Golden.resource("eval/quotes-news-dev.labels.jsonl"), texts);
        StringWriter table = new StringWriter();
        QuoteEvaluation.printTable(result.score(), true, new PrintWriter(table, true));

        assertThat(result.articles()).hasSize(20);
        assertThat(result.score().f1()).as(table.toString()).isGreaterThanOrEqualTo(MIN_F1);
        assertThat(result.score().speakerAccuracy())
                .as(table.toString())
                .isGreaterThanOrEqualTo(MIN_SPEAKER_ACCURACY);
    }
}
