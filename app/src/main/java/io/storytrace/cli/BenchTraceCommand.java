package io.storytrace.cli;

import io.storytrace.analyze.AnalyzedArticle;
import io.storytrace.article.RawDocument;
import io.storytrace.pipeline.Outcome;
import io.storytrace.pipeline.Pipeline;
import io.storytrace.report.CorpusReporter;
import io.storytrace.report.TraceReport;
import io.storytrace.store.Corpus;
import io.storytrace.store.Trace;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code storytrace bench trace DIR}: traces articles of a scale corpus, each changed so that the
 * corpus does not hold it (a new headline), and reports the median and 95th percentile of the time
 * from bytes to family: extraction, analysis, candidates, alignment and story; with {@code
 * --report}, to the whole report: also every version of the story analysed, quote lineage and
 * findings.
 */
@Command(
        name = "trace",
        mixinStandardHelpOptions = true,
        description = {
            "Measures trace latency against the corpus on changed articles of a scale corpus."
        })
final class BenchTraceCommand implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A folder written by bench generate.")
    private Path dir;

    @Mixin private CorpusOptions corpus;

    @Option(
            names = "--samples",
            paramLabel = "N",
            defaultValue = "200",
            description = "Articles to trace (default: ${DEFAULT-VALUE}).")
    private int samples;

    @Option(
            names = "--report",
            description =
                    "Time the whole report: family, quote lineage across the story and findings"
                            + " (default: the family alone).")
    private boolean report;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir.resolve("articles"))) {
            files =
                    new ArrayList<>(
                            walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
        }
        Collections.shuffle(files, new Random(3));
        long openStart = System.nanoTime();
        List<Double> millis = new ArrayList<>();
        int related = 0;
        try (Corpus c = corpus.open()) {
            double openMs = (System.nanoTime() - openStart) / 1e6;
            Pipeline pipeline = Pipeline.standard();
            CorpusReporter reporter = CorpusReporter.standard(c);
            for (int i = 0; i < Math.min(samples + 10, files.size()); i++) {
                String text = "Update: " + Files.readString(files.get(i), StandardCharsets.UTF_8);
                long t = System.nanoTime();
                RawDocument doc =
                        RawDocument.ofFile(
                                files.get(i) + "#changed",
                                text.getBytes(StandardCharsets.UTF_8),
                                "text/plain");
                if (!(pipeline.process(doc) instanceof Outcome.Ok<AnalyzedArticle> ok)) {
                    continue;
                }
                boolean hasRelatives;
                if (report) {
                    TraceReport.ArticleEntry entry = reporter.report(ok.value());
                    hasRelatives = entry.family() != null && entry.family().versions().size() > 1;
                } else {
                    Trace trace = c.trace(ok.value());
                    hasRelatives = !trace.relatives().isEmpty();
                }
                double ms = (System.nanoTime() - t) / 1e6;
                if (i >= 10) {
                    millis.add(ms);
                    if (hasRelatives) {
                        related++;
                    }
                }
            }
            Collections.sort(millis);
            out.printf(
                    Locale.ROOT,
                    "{\"samples\": %d, \"medianMs\": %.1f, \"p95Ms\": %.1f, \"maxMs\": %.1f, \"withRelatives\": %d, \"openMs\": %.0f}%n",
                    millis.size(),
                    millis.get(millis.size() / 2),
                    millis.get((int) Math.ceil(millis.size() * 0.95) - 1),
                    millis.getLast(),
                    related,
                    openMs);
            out.flush();
        }
        return 0;
    }
}
