package io.storytrace.cli;

import io.storytrace.store.Corpus;
import io.storytrace.store.CorpusConfig;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The options that say where the corpus lives and how new articles are matched against it. */
final class CorpusOptions {

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "The data directory (default: ${DEFAULT-VALUE}).",
            defaultValue = "storytrace-data")
    Path data;

    @Option(
            names = "--window",
            paramLabel = "DURATION",
            converter = DurationConverter.class,
            defaultValue = "14d",
            description =
                    "How far apart in publication time relatives may lie (default:"
                            + " ${DEFAULT-VALUE}).")
    Duration window;

    @Option(
            names = "--candidates",
            paramLabel = "N",
            defaultValue = "12",
            description =
                    "The most candidates compared with each article (default: ${DEFAULT-VALUE}).")
    int candidates;

    @Option(
            names = "--no-embeddings",
            negatable = false,
            description = "Decide paraphrases on words alone, without sentence embeddings.")
    boolean noEmbeddings;

    CorpusConfig config() {
        return CorpusConfig.defaults(data)
                .withWindow(window)
                .withCandidates(candidates)
                .withEmbeddings(!noEmbeddings);
    }

    /** Whether a corpus was already created in the data directory. */
    boolean exists() {
        return Files.exists(data.resolve("corpus.db"));
    }

    /**
     * Whether the corpus is missing, saying so on {@code err} for {@code command} when it is: the
     * commands that only read a corpus have nothing to show without one.
     */
    boolean missing(String command, PrintWriter err) {
        if (exists()) {
            return false;
        }
        err.println(
                "storytrace "
                        + command
                        + ": no corpus in "
                        + data
                        + "; add documents with storytrace ingest");
        err.flush();
        return true;
    }

    Corpus open() {
        return Corpus.open(config());
    }
}
