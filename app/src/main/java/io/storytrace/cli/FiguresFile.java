package io.storytrace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import picocli.CommandLine.Option;

/**
 * The {@code --json} option every eval shares. Every run writes its figures as JSON, by default to
 * a new file under {@code storytrace-eval/}, so that runs of different versions can be compared.
 */
final class FiguresFile {

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

    /**
     * Where the figures of {@code eval} go: the file {@code --json} names, or a new file under
     * {@link #DEFAULT_FOLDER}; says which on {@code err}.
     */
    Path resolve(String eval, PrintWriter err) throws IOException {
        Path file = json;
        if (file == null) {
            Files.createDirectories(DEFAULT_FOLDER);
            file = DEFAULT_FOLDER.resolve(eval + "-" + STAMP.format(Instant.now()) + ".json");
        }
        err.println("figures written to " + file);
        err.flush();
        return file;
    }
}
