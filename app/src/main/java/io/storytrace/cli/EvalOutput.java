package io.storytrace.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.storytrace.eval.EvalResult;
import io.storytrace.eval.EvalWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import picocli.CommandLine.Option;

/**
 * The output options every eval shares: where the JSON figures and the predictions go. Every run
 * writes its figures as JSON, by default to a new file under {@code storytrace-eval/}, so that runs
 * of different versions can be compared.
 */
final class EvalOutput {

    /** The folder that keeps the figures of every run unless {@code --json} says otherwise. */
    static final Path DEFAULT_FOLDER = Path.of("storytrace-eval");

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @Option(
            names = "--json",
            paramLabel = "FILE",
            description =
                    "Where to write the figures as JSON (default: a new file under"
                            + " storytrace-eval/, named after the eval and the time).")
    Path json;

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
        Files.writeString(figuresFile(json, eval, err), writer.figures(result), UTF_8);
        if (predictions != null) {
            Files.writeString(predictions, writer.predictions(result, yes, no), UTF_8);
        }
    }

    /**
     * Where the figures of {@code eval} go: {@code given}, or a new file under {@link
     * #DEFAULT_FOLDER}; says which on {@code err}.
     */
    static Path figuresFile(Path given, String eval, PrintWriter err) throws IOException {
        Path file = given;
        if (file == null) {
            Files.createDirectories(DEFAULT_FOLDER);
            file = DEFAULT_FOLDER.resolve(eval + "-" + STAMP.format(Instant.now()) + ".json");
        }
        err.println("figures written to " + file);
        err.flush();
        return file;
    }
}
