package io.storytrace.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code storytrace eval ...}: quality figures on a labelled set, one subcommand per task. */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = {
            "Measures quality on a labelled set; prints one table and writes the same figures as"
                    + " JSON."
        },
        subcommands = {
            ExtractionEvalCommand.class,
            QuotesEvalCommand.class,
            ReuseEvalCommand.class,
            ParaphraseEvalCommand.class
        })
final class EvalCommand implements Runnable {

    @Spec private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
