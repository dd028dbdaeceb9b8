package io.storytrace.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code storytrace} command. Exit codes: 0 when everything went well, 1 when some inputs
 * failed (each reported, the rest processed), 2 for a usage error.
 */
@Command(
        name = "storytrace",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Groups every version of a news story, finds the original, and traces each quotation"
                    + " to the outlet that first printed it."
        },
        subcommands = {
            DemoCommand.class,
            IngestCommand.class,
            FeedsCommand.class,
            PollCommand.class,
            StoriesCommand.class,
            OutletsCommand.class,
            BenchCommand.class,
            TraceCommand.class,
            EvalCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    /** Some inputs could not be processed; each was reported and the rest went on. */
    public static final int EXIT_SOME_FAILED = 1;

    @Spec private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A command line with UTF-8 output, so quotation marks print as they are. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return new CommandLine(new Main()).setOut(out).setErr(err);
    }

    public static void main(String[] args) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
