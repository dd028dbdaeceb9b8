package io.storytrace.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.storytrace.analyze.ArticleAnalyzer;
import io.storytrace.lineage.LineageTracer;
import io.storytrace.lineage.QuoteAuditor;
import io.storytrace.outlet.OutletProfile;
import io.storytrace.outlet.OutletProfiler;
import io.storytrace.outlet.ProfileSettings;
import io.storytrace.report.OutletSurvey;
import io.storytrace.report.OutletsTextWriter;
import io.storytrace.store.Corpus;
import io.storytrace.store.CorpusException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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

    @Option(
            names = "--format",
            defaultValue = "text",
            description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
    private String format;

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

    @Option(names = "--evidence", description = "List the articles behind every count.")
    private boolean evidence;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!corpus.exists()) {
            err.println(
                    "storytrace outlets: no corpus in "
                            + corpus.data
                            + "; add documents with storytrace ingest");
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
                    format.equals("json")
                            ? json(profiles)
                            : new OutletsTextWriter().write(profiles, settings, evidence));
            out.flush();
            return 0;
        } catch (CorpusException e) {
            err.println("storytrace outlets: " + e.getMessage());
            err.flush();
            return Main.EXIT_SOME_FAILED;
        }
    }

    private static String json(List<OutletProfile> profiles) {
        try {
            return new ObjectMapper()
                            .enable(SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(java.util.Map.of("outlets", profiles))
                    + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
