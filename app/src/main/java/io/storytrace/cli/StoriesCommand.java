package io.storytrace.cli;

import io.storytrace.provenance.Story;
import io.storytrace.report.StoriesJsonWriter;
import io.storytrace.report.StoriesTextWriter;
import io.storytrace.store.Corpus;
import io.storytrace.store.CorpusException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code storytrace stories [--since 2d]}: the stories of the corpus, origin first. */
@Command(
        name = "stories",
        mixinStandardHelpOptions = true,
        description = {
            "Lists the stories in the corpus, each with its origin first, then its versions with"
                    + " outlet, time and relation."
        })
final class StoriesCommand implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Mixin private CorpusOptions corpus;

    @Option(
            names = "--since",
            paramLabel = "DURATION",
            converter = DurationConverter.class,
            description =
                    "Only stories with a version published (or, when undated, ingested) within"
                            + " this long before now, such as 2d or 6h.")
    private Duration since;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "100",
            description = "The most stories to list (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--all", description = "Also list stories with a single version.")
    private boolean all;

    @Option(
            names = "--format",
            defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private ReportFormat format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (corpus.missing("stories", err)) {
            return 2;
        }
        if (format == ReportFormat.html) {
            err.println("storytrace stories: no HTML view yet; use --format text or json");
            err.flush();
            return 2;
        }
        Instant from = since == null ? Instant.EPOCH : Instant.now().minus(since);
        try (Corpus c = corpus.open()) {
            List<Story> stories = c.stories(from, all ? 1 : 2, limit);
            out.print(
                    switch (format) {
                        case text -> new StoriesTextWriter().write(stories);
                        case json -> new StoriesJsonWriter().write(stories);
                        case html -> throw new IllegalStateException("checked above");
                    });
            out.flush();
            return 0;
        } catch (CorpusException e) {
            err.println("storytrace stories: " + e.getMessage());
            err.flush();
            return Main.EXIT_SOME_FAILED;
        }
    }
}
