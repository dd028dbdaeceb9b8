package io.storytrace.cli;

import io.storytrace.batch.BatchSummary;
import io.storytrace.batch.CorpusRun;
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
 * Lines and adds each article to the corpus, matching it against what is there and placing it in a
 * story; with {@code --out}, writes the extracted articles as JSON Lines instead. A progress bar
 * shows on a terminal and a summary, failures listed, ends the run.
 */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Adds documents to the corpus: files, folders, feeds (RSS, Atom, JSON Feed, OPML"
                    + " lists), web pages, WARC/ARC archives and JSON Lines. Ingesting the same"
                    + " content again changes nothing; failures are listed with their reasons."
        })
final class IngestCommand implements Callable<Integer> {

    /** The file written inside an --out folder. */
    static final String ARTICLES_FILE = "articles.jsonl";

    @Spec private CommandSpec spec;

    @Mixin private CorpusOptions corpus;

    @Parameters(
            arity = "1..*",
            paramLabel = "PATH|URL",
            description = "Files, folders, feed or page addresses.")
    private List<String> inputs;

    @Option(
            names = "--out",
            paramLabel = "FILE|DIR",
            description =
                    "Write the extracted articles as JSON Lines (to the file, or to "
                            + ARTICLES_FILE
                            + " in the folder; appended) instead of adding them to the corpus.")
    private Path out;

    @Option(
            names = "--allow-private",
            description = "Fetch loopback, link-local and private addresses too.")
    private boolean allowPrivate;

    @Option(
            names = "--no-full-text",
            description = "Keep feed items as the feed gives them, without fetching their pages.")
    private boolean noFullText;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Worker threads for extraction and analysis (default: the cores).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--verbose", description = "One line per document stored.")
    private boolean verbose;

    @Option(names = "--quiet", description = "No progress bar.")
    private boolean quiet;

    @Override
    public Integer call() throws IOException {
        List<Source> sources = sources();
        IngestConfig config =
                new IngestConfig(
                        FetchConfig.defaults().withAllowPrivate(allowPrivate), !noFullText);
        PrintWriter console = spec.commandLine().getOut();
        Progress progress =
                quiet || verbose || System.console() == null
                        ? Progress.NONE
                        : new TerminalProgress(spec.commandLine().getErr());
        try (Ingestor ingestor = new Ingestor(config)) {
            Done done =
                    out == null
                            ? intoCorpus(ingestor, sources, progress, console)
                            : intoFile(ingestor, sources, progress);
            console.print(summaryText(done.summary(), done.headline()));
            console.flush();
            return done.summary().failures().isEmpty() ? 0 : Main.EXIT_SOME_FAILED;
        } catch (CorpusException e) {
            spec.commandLine().getErr().println("storytrace ingest: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return Main.EXIT_SOME_FAILED;
        }
    }

    private List<Source> sources() {
        List<Source> sources = new ArrayList<>();
        for (String input : inputs) {
            try {
                sources.add(Source.of(input));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        return sources;
    }

    /** A finished batch and the line that says what it did. */
    private record Done(BatchSummary summary, String headline) {}

    private Done intoCorpus(
            Ingestor ingestor, List<Source> sources, Progress progress, PrintWriter console) {
        try (Corpus c = corpus.open()) {
            CorpusLoader loader = new CorpusLoader(c, Pipeline.standard(), threads, 256);
            BatchSummary summary =
                    new CorpusRun(ingestor, loader)
                            .run(
                                    sources,
                                    progress,
                                    stored -> {
                                        if (verbose) {
                                            console.println(CorpusRun.describe(stored));
                                        }
                                    });
            String where =
                    String.format(
                            Locale.ROOT,
                            "the corpus in %s holds %d articles in %d stories",
                            corpus.data,
                            c.articleCount(),
                            c.storyCount());
            return new Done(summary, headline(summary, where, true));
        }
    }

    private Done intoFile(Ingestor ingestor, List<Source> sources, Progress progress)
            throws IOException {
        Path target = Files.isDirectory(out) ? out.resolve(ARTICLES_FILE) : out;
        try (Writer writer =
                Files.newBufferedWriter(
                        target,
                        StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND)) {
            BatchSummary summary =
                    new IngestRun(ingestor, DocumentExtractor.standard())
                            .run(sources, writer, progress);
            return new Done(summary, headline(summary, "written to " + target, false));
        }
    }

    /** The first line of the summary: counts, where the articles went, and the rate. */
    private static String headline(BatchSummary summary, String where, boolean corpus) {
        double rate =
                (summary.articles() + summary.alreadyPresent()) / Math.max(1e-3, summary.seconds());
        String counts =
                corpus
                        ? String.format(
                                Locale.ROOT,
                                "%d added, %d already present, %d failed",
                                summary.articles(),
                                summary.alreadyPresent(),
                                summary.failures().size())
                        : String.format(
                                Locale.ROOT,
                                "%d articles written, %d failed",
                                summary.articles(),
                                summary.failures().size());
        return String.format(
                Locale.ROOT,
                "%s from %d source%s in %.1f s (%.1f/s); %s%n",
                counts,
                summary.sources(),
                summary.sources() == 1 ? "" : "s",
                summary.seconds(),
                rate,
                where);
    }

    static String summaryText(BatchSummary summary, String headline) {
        StringBuilder text = new StringBuilder(headline);
        summary.skipped()
                .forEach(
                        (reason, count) ->
                                text.append(
                                        String.format(
                                                Locale.ROOT, "skipped %d: %s%n", count, reason)));
        if (!summary.failures().isEmpty()) {
            text.append("\nFailures:\n");
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
