package io.storytrace.cli;

import io.storytrace.eval.EvalResult;
import io.storytrace.eval.EvalWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The output options every eval shares: where the JSON figures and the predictions go. */
final class EvalOutput {

    @Option(
            names = "--json",
            paramLabel = "FILE",
            description = "Where to write the figures as JSON (default: none).")
    Path json;

    @Option(
            names = "--predictions",
            paramLabel = "FILE",
            description = "Where to write one JSON line per pair: id, score and predicted label.")
    Path predictions;

    void write(EvalResult result, PrintWriter out, String yes, String no) throws IOException {
        EvalWriter writer = new EvalWriter();
        out.print(writer.table(result));
        out.flush();
        if (json != null) {
            Files.writeString(json, writer.figures(result), StandardCharsets.UTF_8);
        }
        if (predictions != null) {
            Files.writeString(
                    predictions, writer.predictions(result, yes, no), StandardCharsets.UTF_8);
        }
    }
}
