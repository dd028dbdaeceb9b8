package io.storytrace.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.storytrace.eval.EvalResult;
import io.storytrace.eval.EvalWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The output options the pair evals share: where the JSON figures ({@link FiguresFile}) and the
 * predictions go.
 */
final class EvalOutput {

    @Mixin FiguresFile figures;

    @Option(
            names = "--predictions",
            paramLabel = "FILE",
            description = "Where to write one JSON line per pair: id, score and predicted label.")
    Path predictions;

    void write(EvalResult result, String eval, PrintWriter out, PrintWriter err)
            throws IOException {
        write(result, eval, out, err, "1", "0");
    }

    void write(
            EvalResult result, String eval, PrintWriter out, PrintWriter err, String yes, String no)
            throws IOException {
        EvalWriter writer = new EvalWriter();
        out.print(writer.table(result));
        out.flush();
        Files.writeString(figures.resolve(eval, err), writer.figures(result), UTF_8);
        if (predictions != null) {
            Files.writeString(predictions, writer.predictions(result, yes, no), UTF_8);
        }
    }
}
