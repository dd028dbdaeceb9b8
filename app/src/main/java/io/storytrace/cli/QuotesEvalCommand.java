package io.storytrace.cli;

import io.storytrace.analyze.ArticleAnalyzer;
import io.storytrace.eval.ArticleTextsReader;
import io.storytrace.eval.QuoteComparison;
import io.storytrace.eval.QuoteEvaluation;
import io.storytrace.eval.QuotePredictor;
import io.storytrace.pipeline.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code storytrace eval quotes FILE.jsonl}: span and speaker figures on a labelled quotes set. */
@Command(
        name = "quotes",
        mixinStandardHelpOptions = true,
        description = {
            "Scores quotation extraction on a JSONL set ({\"id\", \"text\", \"quotes\":[{\"start\","
                    + " \"end\", \"speaker\", \"outlet\"}]}): span precision, recall and F1,"
                    + " speaker accuracy, and outlet accuracy where outlets are labelled."
                    + " Offsets count characters as Unicode code points (an emoji is one)."
        })
final class QuotesEvalCommand implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "FILE.jsonl", description = "The labelled set.")
    private Path file;

    @Option(names = "--errors", description = "Also list misses, false alarms and wrong speakers.")
    private boolean errors;

    @Option(
            names = "--predictions",
            paramLabel = "FILE",
            description = "Write the predictions as JSONL.")
    private Path predictions;

    @Option(
            names = "--baseline",
            paramLabel = "FILE",
            description =
                    "Also score the predictions an earlier run wrote with --predictions, and print"
                            + " the figures side by side with the speakers fixed and broken"
                            + " (exact McNemar test).")
    private Path baseline;

    @Mixin private FiguresFile figuresFile;

    @Option(
            names = "--texts",
            paramLabel = "FILE",
            description =
                    "Take the texts of lines that carry labels alone ({\"id\", \"quotes\"}) from"
                            + " this JSON object of id → {\"articleBody\": …}, such as an"
                            + " extraction set's ground-truth.json.")
    private Path texts;

    @Override
    public Integer call() {
        QuoteEvaluation evaluation =
                new QuoteEvaluation(new QuotePredictor(ArticleAnalyzer.standard()));
        QuoteEvaluation.Result result;
        try {
            result =
                    evaluation.run(
                            file, texts == null ? Map.of() : new ArticleTextsReader().read(texts));
        } catch (InputException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return Main.EXIT_SOME_FAILED;
        }
        result.failures().forEach(spec.commandLine().getErr()::println);
        QuoteEvaluation.printTable(result.score(), errors, spec.commandLine().getOut());
        if (baseline != null) {
            try {
                QuoteEvaluation.printComparison(
                        QuoteComparison.of(
                                result.score(), QuoteEvaluation.scoreBaseline(result, baseline)),
                        spec.commandLine().getOut());
            } catch (InputException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return Main.EXIT_SOME_FAILED;
            }
        }
        if (predictions != null) {
            QuoteEvaluation.writePredictions(result, predictions);
        }
        try {
            QuoteEvaluation.writeJson(
                    result.score(), figuresFile.resolve("quotes", spec.commandLine().getErr()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result.failures().isEmpty() ? 0 : Main.EXIT_SOME_FAILED;
    }
}
