package io.storytrace.cli;

import io.storytrace.ingest.Ingestor;
import io.storytrace.ingest.Source;
import io.storytrace.pipeline.Pipeline;
import io.storytrace.report.TraceReport;
import io.storytrace.report.Tracer;
import io.storytrace.store.Corpus;
import io.storytrace.store.CorpusException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code storytrace trace FILE...}: the provenance report for each article given. */
@Command(
        name = "trace",
        mixinStandardHelpOptions = true,
        description = {
            "Reports on each article: headline, outlet, time, quotations with speaker, cue and"
                    + " outlet credited, and findings with their evidence; when the data directory"
                    + " holds a corpus, also the article's story: origin, versions and related"
                    + " articles with the evidence."
        })
final class TraceCommand implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "Text dumps, HTML files or folders.")
    private List<String> inputs;

    @Mixin private ReportOptions output;

    @Mixin private CorpusOptions corpus;

    @Override
    public Integer call() {
        if (!corpus.exists()) {
            return trace(new Tracer(new Ingestor(), Pipeline.standard()));
        }
        try (Corpus c = corpus.open()) {
            return trace(new Tracer(new Ingestor(), Pipeline.standard(), c));
        } catch (CorpusException e) {
            spec.commandLine().getErr().println("storytrace trace: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return Main.EXIT_SOME_FAILED;
        }
    }

    private int trace(Tracer tracer) {
        TraceReport report = tracer.trace(inputs.stream().map(Source::of).toList());
        output.print(report, spec.commandLine().getOut());
        return report.failures().isEmpty() ? 0 : Main.EXIT_SOME_FAILED;
    }
}
