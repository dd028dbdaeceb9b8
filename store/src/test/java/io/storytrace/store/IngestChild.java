package io.storytrace.store;

import io.storytrace.article.RawDocument;
import io.storytrace.pipeline.Outcome;
import io.storytrace.pipeline.Pipeline;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A separate JVM that ingests a folder of documents into a data directory and prints one line per
 * stored article, so a test can kill it part way through.
 */
public final class IngestChild {

    private IngestChild() {}

    public static void main(String[] args) throws IOException {
        ingest(Path.of(args[0]), Path.of(args[1]), System.out);
    }

    /**
     * Ingests {@code folder} into {@code data}, acknowledging each stored article on {@code out}.
     */
    static void ingest(Path data, Path folder, PrintStream out) throws IOException {
        try (Corpus corpus = Corpus.open(CorpusConfig.defaults(data).withEmbeddings(false))) {
            CorpusLoader loader = new CorpusLoader(corpus, Pipeline.standard(), 2, 64);
            loader.load(
                    documents(folder),
                    event -> {
                        out.println("stored " + event.input());
                        out.flush();
                    });
        }
        out.println("done");
    }

    static Stream<Outcome<RawDocument>> documents(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.sorted().toList();
        }
        return files.stream()
                .map(
                        f -> {
                            try {
                                return new Outcome.Ok<>(
                                        f.toString(),
                                        RawDocument.ofFile(
                                                f.toString(), Files.readAllBytes(f), "text/plain"));
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
    }
}
