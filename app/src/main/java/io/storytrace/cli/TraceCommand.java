package io.storytrace.cli;

import io.storytrace.ingest.Ingestor;
import io.storytrace.ingest.Source;
import io.storytrace.pipeline.Pipeline;
import io.storytrace.report.TraceReport;
import io.storytrace.report.Tracer;
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
                    + " outlet credited, and findings with their evidence."
        })
final class TraceCommand implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "Text dumps, HTML files or folders.")
    private List<String> inputs;

    @Mixin private ReportOptions output;

    @Override
    public Integer call() {
        Tracer tracer = new Tracer(new Ingestor(), Pipeline.standard());
        TraceReport report = tracer.trace(inputs.stream().map(Source::of).toList());
        output.print(report, spec.commandLine().getOut());
        return report.failures().isEmpty() ? 0 : Main.EXIT_SOME_FAILED;
    }
}
