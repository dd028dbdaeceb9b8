package io.storytrace.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.storytrace.pipeline.InputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs a quotes evaluation end to end: reads the labelled set, predicts each article's quotations,
 * scores them, and renders the figures as a table and as JSON, and the predictions as JSONL in the
 * labelled set's own layout.
 */
public final class QuoteEvaluation {

    private static final ObjectMapper JSON =
            new ObjectMapper()
                    .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .enable(SerializationFeature.INDENT_OUTPUT);

    private final QuotePredictor predictor;

    public QuoteEvaluation(QuotePredictor predictor) {
        this.predictor = predictor;
    }

    /** The labelled articles with their predictions, and the score. */
    public record Result(
            List<LabelledArticle> articles,
            List<List<QuoteLabel>> predictions,
            QuoteScore score,
            List<String> failures) {

        public Result(
                List<LabelledArticle> articles,
                List<List<QuoteLabel>> predictions,
                QuoteScore score) {
            this(articles, predictions, score, List.of());
        }
    }

    public Result run(Path labelled) {
        return run(labelled, Map.of());
    }

    /** Runs a set whose lines may carry labels alone, taking their texts from {@code texts}. */
    public Result run(Path labelled, Map<String, String> texts) {
        List<LabelledArticle> articles = new QuoteSetReader(texts).read(labelled);
        List<List<QuoteLabel>> predictions = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (LabelledArticle article : articles) {
            List<QuoteLabel> predicted;
            try {
                predicted = predictor.predict(article.id(), article.text());
            } catch (RuntimeException e) {
                // one article the extractor fails on is scored with no quotations, not the end
                // of the run
                failures.add(
                        article.id()
                                + ": extraction failed ("
                                + e
                                + "); scored as finding"
                                + " no quotations");
                predicted = List.of();
            }
            predictions.add(predicted);
        }
        return new Result(
                articles,
                predictions,
                new QuoteScorer().score(articles, predictions),
                List.copyOf(failures));
    }

    /** Prints the figures as one table, and the errors when {@code errors} is set. */
    public static void printTable(QuoteScore score, boolean errors, PrintWriter out) {
        out.printf(
                Locale.ROOT,
                "quotes: %d articles, %d labelled spans, %d predicted%n",
                score.articles(),
                score.gold(),
                score.predicted());
        out.printf(Locale.ROOT, "  %-18s %6.3f%n", "span precision", score.precision());
        out.printf(Locale.ROOT, "  %-18s %6.3f%n", "span recall", score.recall());
        out.printf(Locale.ROOT, "  %-18s %6.3f%n", "span F1", score.f1());
        double[] interval = Binomial.wilson(score.speakersRight(), score.matched());
        out.printf(
                Locale.ROOT,
                "  %-18s %6.3f  (%d of %d matched spans; 95%% interval %.3f–%.3f)%n",
                "speaker accuracy",
                score.speakerAccuracy(),
                score.speakersRight(),
                score.matched(),
                interval[0],
                interval[1]);
        score.byBasis()
                .forEach(
                        (basis, figures) ->
                                out.printf(
                                        Locale.ROOT,
                                        "    %-16s %6.3f  (%d of %d)%n",
                                        basis.toLowerCase(Locale.ROOT),
                                        figures.accuracy(),
                                        figures.right(),
                                        figures.matched()));
        if (score.byLanguage().size() > 1) {
            out.printf(Locale.ROOT, "  by language%n");
            score.byLanguage()
                    .forEach(
                            (language, figures) ->
                                    out.printf(
                                            Locale.ROOT,
                                            "    %-16s %d article%s: span precision %.3f, recall"
                                                    + " %.3f; speaker %s%n",
                                            language,
                                            figures.articles(),
                                            figures.articles() == 1 ? "" : "s",
                                            figures.precision(),
                                            figures.recall(),
                                            figures.matched() == 0
                                                    ? "— (no matched span)"
                                                    : String.format(
                                                            Locale.ROOT,
                                                            "%.3f (%d of %d)",
                                                            figures.speakerAccuracy(),
                                                            figures.speakersRight(),
                                                            figures.matched())));
        }
        if (score.withGoldOutlet() > 0) {
            out.printf(
                    Locale.ROOT,
                    "  %-18s %6.3f  (%d of %d with a labelled outlet)%n",
                    "outlet accuracy",
                    score.outletAccuracy(),
                    score.outletsRight(),
                    score.withGoldOutlet());
        }
        if (score.outletsAdded() > 0) {
            out.printf(
                    Locale.ROOT,
                    "  %-18s %6d  (of %d matched spans with no labelled outlet)%n",
                    "outlets added",
                    score.outletsAdded(),
                    score.matched() - score.withGoldOutlet());
        }
        if (!errors) {
            return;
        }
        for (QuoteScore.QuoteError error : score.errors()) {
            out.printf(Locale.ROOT, "%s %s: %s%n", error.kind(), error.id(), error.context());
            if (error.gold() != null || error.predicted() != null) {
                out.printf(
                        Locale.ROOT,
                        "    labelled: %s  predicted: %s%n",
                        describe(error.gold()),
                        describe(error.predicted()));
            }
        }
    }

    /**
     * Scores the predictions an earlier run wrote ({@code --predictions}) against the labels of
     * {@code result}, article by article. A baseline that lacks an article of the set, or gives it
     * another text (its offsets would point elsewhere), is an error naming the file and the
     * article.
     */
    public static QuoteScore scoreBaseline(Result result, Path baseline) {
        Map<String, LabelledArticle> earlier = new LinkedHashMap<>();
        for (LabelledArticle article : new QuoteSetReader().read(baseline)) {
            earlier.put(article.id(), article);
        }
        List<List<QuoteLabel>> predictions = new ArrayList<>();
        for (LabelledArticle article : result.articles()) {
            LabelledArticle run = earlier.get(article.id());
            if (run == null) {
                throw new InputException(
                        baseline.toString(), "no predictions for article " + article.id());
            }
            if (!run.text().equals(article.text())) {
                throw new InputException(
                        baseline.toString(),
                        "article " + article.id() + " has another text than in the set");
            }
            predictions.add(run.quotes());
        }
        return new QuoteScorer().score(result.articles(), predictions);
    }

    /** Prints the figures of this run beside a baseline's, with the speakers fixed and broken. */
    public static void printComparison(QuoteComparison comparison, PrintWriter out) {
        QuoteScore now = comparison.now();
        QuoteScore before = comparison.baseline();
        out.printf(Locale.ROOT, "against the baseline:%n");
        out.printf(
                Locale.ROOT,
                "  %-18s %6.3f → %.3f%n",
                "span precision",
                before.precision(),
                now.precision());
        out.printf(
                Locale.ROOT,
                "  %-18s %6.3f → %.3f%n",
                "span recall",
                before.recall(),
                now.recall());
        out.printf(Locale.ROOT, "  %-18s %6.3f → %.3f%n", "span F1", before.f1(), now.f1());
        out.printf(
                Locale.ROOT,
                "  %-18s %d found that the baseline missed, %d missed that it found;"
                        + " false alarms %d → %d%n",
                "labelled spans",
                comparison.found(),
                comparison.lost(),
                before.predicted() - before.matched(),
                now.predicted() - now.matched());
        out.printf(
                Locale.ROOT,
                "  %-18s %6.3f → %.3f  (%d fixed, %d broken; exact McNemar p %s)%n",
                "speaker accuracy",
                before.speakerAccuracy(),
                now.speakerAccuracy(),
                comparison.fixed(),
                comparison.broken(),
                comparison.pValue() < 0.001
                        ? "< 0.001"
                        : String.format(Locale.ROOT, "= %.3f", comparison.pValue()));
    }

    /** The figures as JSON, sorted keys. */
    public static void writeJson(QuoteScore score, Path file) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("articles", score.articles());
        figures.put("labelled", score.gold());
        figures.put("predicted", score.predicted());
        figures.put("matched", score.matched());
        figures.put("precision", score.precision());
        figures.put("recall", score.recall());
        figures.put("f1", score.f1());
        figures.put("speakerAccuracy", score.speakerAccuracy());
        figures.put("speakersRight", score.speakersRight());
        Map<String, Object> byBasis = new LinkedHashMap<>();
        score.byBasis()
                .forEach(
                        (basis, counts) ->
                                byBasis.put(
                                        basis,
                                        Map.of(
                                                "matched", counts.matched(),
                                                "right", counts.right(),
                                                "accuracy", counts.accuracy())));
        figures.put("speakerByBasis", byBasis);
        Map<String, Object> byLanguage = new LinkedHashMap<>();
        score.byLanguage()
                .forEach(
                        (language, counts) ->
                                byLanguage.put(
                                        language,
                                        Map.of(
                                                "articles", counts.articles(),
                                                "labelled", counts.gold(),
                                                "predicted", counts.predicted(),
                                                "matched", counts.matched(),
                                                "speakersRight", counts.speakersRight())));
        figures.put("byLanguage", byLanguage);
        figures.put("withLabelledOutlet", score.withGoldOutlet());
        figures.put("outletsRight", score.outletsRight());
        figures.put("outletsAdded", score.outletsAdded());
        if (score.withGoldOutlet() > 0) {
            figures.put("outletAccuracy", score.outletAccuracy());
        }
        try {
            Files.writeString(
                    file, JSON.writeValueAsString(figures) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The predictions as JSONL in the labelled set's layout. */
    public static void writePredictions(Result result, Path file) {
        ObjectMapper lines = new ObjectMapper();
        StringBuilder out = new StringBuilder();
        try {
            for (int a = 0; a < result.articles().size(); a++) {
                LabelledArticle article = result.articles().get(a);
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("id", article.id());
                line.put("text", article.text());
                List<Map<String, Object>> quotes = new ArrayList<>();
                for (QuoteLabel quote : result.predictions().get(a)) {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("start", quote.start());
                    entry.put("end", quote.end());
                    entry.put("speaker", quote.speaker());
                    entry.put("outlet", quote.outlet());
                    entry.put("basis", quote.basis());
                    quotes.add(entry);
                }
                line.put("quotes", quotes);
                out.append(lines.writeValueAsString(line)).append('\n');
            }
            Files.writeString(file, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String describe(QuoteLabel label) {
        if (label == null) {
            return "—";
        }
        return "["
                + label.start()
                + "–"
                + label.end()
                + "] speaker "
                + label.speaker()
                + ", outlet "
                + label.outlet()
                + (label.basis() == null
                        ? ""
                        : " (" + label.basis().toLowerCase(Locale.ROOT) + ")");
    }
}
