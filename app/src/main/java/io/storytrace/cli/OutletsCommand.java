package io.storytrace.cli;

import io.storytrace.analyze.ArticleAnalyzer;
import io.storytrace.lineage.LineageTracer;
import io.storytrace.lineage.QuoteAuditor;
import io.storytrace.outlet.OutletProfile;
import io.storytrace.outlet.OutletProfiler;
import io.storytrace.outlet.ProfileSettings;
import io.storytrace.report.OutletSurvey;
import io.storytrace.report.OutletsJsonWriter;
import io.storytrace.report.OutletsTextWriter;
import io.storytrace.store.Corpus;
import io.storytrace.store.CorpusException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code storytrace outlets}: per-outlet profiles of the corpus. */
@Command(
        name = "outlets",
        mixinStandardHelpOptions = true,
        description = {
            "Profiles every outlet in the corpus: originals, copies, excerpts and rewrites, altered"
                    + " quotations, added commentary and uncredited copies, each with its evidence."
        })
final class OutletsCommand implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Mixin private CorpusOptions corpus;

    /** The layouts the profiles can be printed in. */
    enum Format {
        text,
        json
    }

    @Option(
            names = "--format",
            defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(
            names = "--min-articles",
            defaultValue = "10",
            description = "Fewest articles before a share is shown (default: ${DEFAULT-VALUE}).")
    private int minArticles;

    @Option(
            names = "--min-quotes",
            defaultValue = "20",
            description =
                    "Fewest compared quotations before a share of them is shown (default:"
                            + " ${DEFAULT-VALUE}).")
    private int minQuotes;

    @Option(
            names = "--evidence",
            description =
                    "Also list the articles behind the counts of originals, copies, excerpts and"
                            + " rewrites (those behind altered quotations, added commentary and"
                            + " uncredited copies are always listed).")
    private boolean evidence;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (corpus.missing("outlets", err)) {
            return 2;
        }
        if (minArticles < 1 || minQuotes < 1) {
            err.println("storytrace outlets: --min-articles and --min-quotes must be at least 1");
            err.flush();
            return 2;
        }
        ProfileSettings settings = new ProfileSettings(minArticles, minQuotes);
        try (Corpus c = corpus.open()) {
            List<OutletProfile> profiles =
                    new OutletProfiler(settings)
                            .profile(
                                    new OutletSurvey(
                                                    ArticleAnalyzer.standard(),
                                                    LineageTracer.standard(),
                                                    new QuoteAuditor())
                                            .survey(c));
            out.print(
                    switch (format) {
                        case text -> new OutletsTextWriter().write(profiles, settings, evidence);
                        case json -> new OutletsJsonWriter().write(profiles, settings);
                    });
            out.flush();
            return 0;
        } catch (CorpusException e) {
            err.println("storytrace outlets: " + e.getMessage());
            err.flush();
            return Main.EXIT_SOME_FAILED;
        }
    }
}
