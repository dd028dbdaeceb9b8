package io.storytrace.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code storytrace bench ...}: the scale corpus and the measurements made on it. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Builds a scale corpus with known families and measures ingest and trace on it."
        },
        subcommands = {
            BenchGenerateCommand.class,
            BenchIngestCommand.class,
            BenchTraceCommand.class
        })
final class BenchCommand implements Runnable {

    @Spec private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
