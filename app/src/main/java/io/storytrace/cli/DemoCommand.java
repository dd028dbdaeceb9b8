package io.storytrace.cli;

import io.storytrace.article.RawDocument;
import io.storytrace.ingest.Ingestor;
import io.storytrace.pipeline.Outcome;
import io.storytrace.pipeline.Pipeline;
import io.storytrace.provenance.Story;
import io.storytrace.report.StoriesTextWriter;
import io.storytrace.report.TraceReport;
import io.storytrace.report.Tracer;
import io.storytrace.sample.SampleCorpus;
import io.storytrace.store.Corpus;
import io.storytrace.store.CorpusConfig;
import io.storytrace.store.CorpusLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code storytrace demo}: ingests the bundled sample corpus and the seed page, traces the seed
 * page against it, and lists the stories found.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Ingests the bundled sample corpus with the seed page, prints the seed page's report"
                    + " with its story, then the stories of the sample."
        })
final class DemoCommand implements Callable<Integer> {

    /** The bundled copy of the page the project started from. */
    static final String SEED = SampleCorpus.SEED;

    @Spec private CommandSpec spec;

    @Mixin private ReportOptions output;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description =
                    "Keep the demo corpus in this data directory (default: a temporary one,"
                            + " removed afterwards).")
    private Path data;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = data != null ? data : Files.createTempDirectory("storytrace-demo");
        try (Corpus corpus = Corpus.open(CorpusConfig.defaults(dir))) {
            List<RawDocument> sample = new SampleCorpus().documents();
            new CorpusLoader(corpus, Pipeline.standard(), 2, 256)
                    .load(sample.stream().map(d -> new Outcome.Ok<>(d.location(), d)), e -> {});
            Tracer tracer = new Tracer(new Ingestor(), Pipeline.standard(), corpus);
            RawDocument seed = RawDocument.ofFile(SEED, bundled(SEED), "text/plain");
            TraceReport report = tracer.trace(Stream.of(new Outcome.Ok<>(SEED, seed)));
            output.print(report, out);
            if (output.isText()) {
                out.println("Stories in the sample corpus");
                out.println();
                // By id, not by recency: undated versions count from their ingest time, and the
                // demo's output must not depend on the clock.
                out.print(
                        new StoriesTextWriter()
                                .write(
                                        corpus.stories(Instant.EPOCH, 2, 100).stream()
                                                .sorted(
                                                        java.util.Comparator.comparingLong(
                                                                Story::id))
                                                .toList()));
                out.flush();
            }
            return report.failures().isEmpty() ? 0 : Main.EXIT_SOME_FAILED;
        } finally {
            if (data == null) {
                delete(dir);
            }
        }
    }

    static byte[] bundled(String resource) {
        try (InputStream in = DemoCommand.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the build lacks the bundled file " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
