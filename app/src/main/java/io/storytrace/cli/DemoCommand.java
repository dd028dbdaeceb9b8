package io.storytrace.cli;

import io.storytrace.article.RawDocument;
import io.storytrace.ingest.Ingestor;
import io.storytrace.pipeline.Outcome;
import io.storytrace.pipeline.Pipeline;
import io.storytrace.report.TraceReport;
import io.storytrace.report.Tracer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code storytrace demo}: traces the bundled seed page, the project's reference document. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {"Traces the bundled seed page and prints its report."})
final class DemoCommand implements Callable<Integer> {

    /** The bundled copy of the page the project started from. */
    static final String SEED = "demo/seed.txt";

    @Spec private CommandSpec spec;

    @Mixin private ReportOptions output;

    @Override
    public Integer call() {
        Tracer tracer = new Tracer(new Ingestor(), Pipeline.standard());
        RawDocument seed = RawDocument.ofFile(SEED, bundled(SEED), "text/plain");
        TraceReport report = tracer.trace(Stream.of(new Outcome.Ok<>(SEED, seed)));
        output.print(report, spec.commandLine().getOut());
        return report.failures().isEmpty() ? 0 : Main.EXIT_SOME_FAILED;
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
}
