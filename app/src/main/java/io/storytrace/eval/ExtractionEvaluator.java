package io.storytrace.eval;

import io.storytrace.article.Article;
import io.storytrace.article.RawDocument;
import io.storytrace.pipeline.Extractor;
import io.storytrace.pipeline.InputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs an extractor over a labelled set and scores it next to every peer's published output. Speed
 * is timed on one thread over the pages already in memory, after a warm-up pass, as the median of
 * several passes, so it measures extraction alone.
 */
public final class ExtractionEvaluator {

    /** The name our extractor is listed under. */
    public static final String OURS = "storytrace";

    private static final int TIMED_PASSES = 3;

    private final Extractor extractor;

    public ExtractionEvaluator(Extractor extractor) {
        this.extractor = extractor;
    }

    /** Our figures and every peer's on {@code benchmark}. */
    public ExtractionEvaluation evaluate(ExtractionBenchmark benchmark) {
        Map<String, RawDocument> pages = new LinkedHashMap<>();
        benchmark
                .truth()
                .forEach(
                        (id, page) ->
                                pages.put(
                                        id,
                                        new RawDocument(
                                                id,
                                                page.url(),
                                                benchmark.html(id),
                                                "text/html",
                                                null)));
        Map<String, String> predictions = new TreeMap<>();
        Map<String, String> failures = new TreeMap<>();
        Map<String, DateCoverage.Page> dated = new TreeMap<>();
        for (Map.Entry<String, RawDocument> page : pages.entrySet()) {
            RawDocument raw = page.getValue();
            Article article = null;
            try {
                article = extractor.extract(raw);
                predictions.put(page.getKey(), bodyOf(article));
            } catch (InputException e) {
                predictions.put(page.getKey(), "");
                failures.put(page.getKey(), e.reason());
            }
            dated.put(page.getKey(), new DateCoverage.Page(raw.content(), raw.url(), article));
        }
        double pagesPerSecond = pagesPerSecond(pages.values());
        List<ExtractionEvaluation.Row> rows = new ArrayList<>();
        rows.add(new ExtractionEvaluation.Row(OURS, benchmark.score(predictions), pagesPerSecond));
        benchmark
                .peers()
                .forEach(
                        (name, answers) ->
                                rows.add(
                                        new ExtractionEvaluation.Row(
                                                name, benchmark.score(answers), null)));
        return new ExtractionEvaluation(rows, predictions, failures, DateCoverage.of(dated));
    }

    /** The body text the benchmark compares: paragraphs, one a line, without the headline. */
    static String bodyOf(Article article) {
        return String.join("\n", article.paragraphs());
    }

    private double pagesPerSecond(java.util.Collection<RawDocument> pages) {
        runAll(pages);
        double[] rates = new double[TIMED_PASSES];
        for (int pass = 0; pass < TIMED_PASSES; pass++) {
            long start = System.nanoTime();
            runAll(pages);
            rates[pass] = pages.size() / ((System.nanoTime() - start) / 1e9);
        }
        Arrays.sort(rates);
        return rates[TIMED_PASSES / 2];
    }

    private void runAll(java.util.Collection<RawDocument> pages) {
        for (RawDocument page : pages) {
            try {
                extractor.extract(page);
            } catch (InputException e) {
                // counted in the scored pass
            }
        }
    }
}
