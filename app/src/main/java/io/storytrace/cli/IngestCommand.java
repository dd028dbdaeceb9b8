package io.storytrace.cli;

import io.storytrace.batch.BatchSummary;
import io.storytrace.batch.IngestRun;
import io.storytrace.batch.Progress;
import io.storytrace.batch.TerminalProgress;
import io.storytrace.extract.DocumentExtractor;
import io.storytrace.ingest.IngestConfig;
import io.storytrace.ingest.Ingestor;
import io.storytrace.ingest.Source;
import io.storytrace.ingest.http.FetchConfig;
import io.storytrace.pipeline.Outcome;
import io.storytrace.pipeline.Pipeline;
import io.storytrace.store.Corpus;
import io.storytrace.store.CorpusException;
import io.storytrace.store.CorpusLoader;
import io.storytrace.store.IngestResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code storytrace ingest PATH|URL...}: reads files, folders, feeds, pages, web archives and JSON
 * Lines and adds each article to the corpus in the data directory, matching it against what is
 * there and placing it in a story (the same content again changes nothing). With {@code --out}, it
 * extracts each article and appends it to a JSON Lines file instead, with a progress bar on a
 * terminal and a summary at the end.
 */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Adds documents: files, folders, feeds (RSS, Atom, JSON Feed, OPML lists), web pages,"
                    + " WARC/ARC archives and JSON Lines. Each article goes into the corpus in"
                    + " --data, matched and grouped into stories; with --out it is appended to a"
                    + " JSON Lines file instead. Failures are listed with their reasons."
        })
final class IngestCommand implements Callable<Integer> {

    /** The file written inside an --out folder. */
    static final String ARTICLES_FILE = "articles.jsonl";

    @Spec private CommandSpec spec;

    @Parameters(
            arity = "1..*",
            paramLabel = "PATH|URL",
            description = "Files, folders, feed or page addresses.")
    private List<String> inputs;

    @Mixin private CorpusOptions corpus;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Worker threads for extraction and analysis (default: the cores).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(
            names = "--out",
            paramLabel = "FILE|DIR",
            description =
                    "Write the articles to a JSON Lines file, or a folder to hold "
                            + ARTICLES_FILE
                            + ", instead of the corpus. Articles are appended.")
    private Path out;

    @Option(
            names = "--allow-private",
            description = "Fetch loopback, link-local and private addresses too.")
    private boolean allowPrivate;

    @Option(
            names = "--no-full-text",
            description = "Keep feed items as the feed gives them, without fetching their pages.")
    private boolean noFullText;

    @Option(names = "--quiet", description = "No progress bar, no line per stored article.")
    private boolean quiet;

    @Override
    public Integer call() throws IOException {
        List<Source> sources = new ArrayList<>();
        for (String input : inputs) {
            try {
                sources.add(Source.of(input));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        IngestConfig config =
                new IngestConfig(
                        FetchConfig.defaults().withAllowPrivate(allowPrivate), !noFullText);
        if (out == null) {
            return store(sources, config);
        }
        Path target = Files.isDirectory(out) ? out.resolve(ARTICLES_FILE) : out;
        PrintWriter console = spec.commandLine().getOut();
        BatchSummary summary;
        try (Ingestor ingestor = new Ingestor(config);
                Writer writer =
                        Files.newBufferedWriter(
                                target,
                                StandardCharsets.UTF_8,
                                StandardOpenOption.CREATE,
                                StandardOpenOption.APPEND)) {
            Progress progress =
                    quiet || System.console() == null
                            ? Progress.NONE
                            : new TerminalProgress(spec.commandLine().getErr());
            summary =
                    new IngestRun(ingestor, DocumentExtractor.standard())
                            .run(sources, writer, progress);
        }
        console.print(summaryText(summary, target));
        console.flush();
        return summary.failures().isEmpty() ? 0 : Main.EXIT_SOME_FAILED;
    }

    /** Adds every article to the corpus, one line per stored article unless quiet. */
    private int store(List<Source> sources, IngestConfig config) {
        PrintWriter console = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Ingestor ingestor = new Ingestor(config);
                Corpus c = corpus.open()) {
            CorpusLoader loader = new CorpusLoader(c, Pipeline.standard(), threads, 256);
            CorpusLoader.Summary summary =
                    loader.load(
                            sources.stream().flatMap(ingestor::read),
                            event -> report(event, console, err));
            console.printf(
                    "%d added, %d already present, %d failed; the corpus holds %d articles in %d"
                            + " stories (%s)%n",
                    summary.added(),
                    summary.alreadyPresent(),
                    summary.failed(),
                    c.articleCount(),
                    c.storyCount(),
                    corpus.data);
            console.flush();
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

    static String summaryText(BatchSummary summary, Path target) {
        StringBuilder text = new StringBuilder();
        text.append(
                String.format(
                        Locale.ROOT,
                        "%d articles from %d sources written to %s in %.1f s (%.1f/s); %d failed%n",
                        summary.articles(),
                        summary.sources(),
                        target,
                        summary.seconds(),
                        summary.articles() / Math.max(1e-3, summary.seconds()),
                        summary.failures().size()));
        summary.skipped()
                .forEach(
                        (reason, count) ->
                                text.append(
                                        String.format(
                                                Locale.ROOT, "skipped %d: %s%n", count, reason)));
        if (!summary.failures().isEmpty()) {
            text.append("Failures:\n");
            for (Outcome.Failed<?> failed : summary.failures()) {
                text.append("  ")
                        .append(failed.input())
                        .append(": ")
                        .append(failed.reason())
                        .append('\n');
            }
        }
        return text.toString();
    }
}
