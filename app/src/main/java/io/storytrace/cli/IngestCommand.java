package io.storytrace.cli;

import io.storytrace.ingest.Ingestor;
import io.storytrace.ingest.Source;
import io.storytrace.pipeline.Pipeline;
import io.storytrace.store.Corpus;
import io.storytrace.store.CorpusException;
import io.storytrace.store.CorpusLoader;
import io.storytrace.store.IngestResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code storytrace ingest PATH...}: adds documents to the corpus, matching each against what is
 * already there and placing it in a story. Ingesting the same content again changes nothing.
 */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Adds documents (files, folders) to the corpus in the data directory, finds their"
                    + " relatives and groups them into stories."
        })
final class IngestCommand implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Mixin private CorpusOptions corpus;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to add.")
    private List<String> inputs;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Worker threads for extraction and analysis (default: the cores).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(
            names = "--quiet",
            description = "Print only failures and the summary, not one line per document.")
    private boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Ingestor ingestor = new Ingestor();
        try (Corpus c = corpus.open()) {
            CorpusLoader loader = new CorpusLoader(c, Pipeline.standard(), threads, 256);
            CorpusLoader.Summary summary =
                    loader.load(
                            inputs.stream().map(Source::of).flatMap(ingestor::read),
                            event -> report(event, out, err));
            out.printf(
                    "%d added, %d already present, %d failed; the corpus holds %d articles in %d"
                            + " stories (%s)%n",
                    summary.added(),
                    summary.alreadyPresent(),
                    summary.failed(),
                    c.articleCount(),
                    c.storyCount(),
                    corpus.data);
            out.flush();
            err.flush();
            return summary.failed() == 0 ? 0 : Main.EXIT_SOME_FAILED;
        } catch (CorpusException e) {
            err.println("storytrace ingest: " + e.getMessage());
            err.flush();
            return Main.EXIT_SOME_FAILED;
        }
    }

    private void report(CorpusLoader.Event event, PrintWriter out, PrintWriter err) {
        switch (event) {
            case CorpusLoader.Event.Failed f -> err.println(f.input() + ": " + f.reason());
            case CorpusLoader.Event.Stored s -> {
                if (quiet) {
                    return;
                }
                switch (s.result()) {
                    case IngestResult.Added a ->
                            out.printf(
                                    "added %s as article %d in story %d (%d related)%n",
                                    s.input(), a.id(), a.story(), a.relatives().size());
                    case IngestResult.AlreadyPresent p ->
                            out.printf("already present: %s (article %d)%n", s.input(), p.id());
                }
            }
        }
    }
}
