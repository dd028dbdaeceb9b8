package io.storytrace.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.analyze.AnalyzedArticle;
import io.storytrace.article.RawDocument;
import io.storytrace.finding.Finding;
import io.storytrace.pipeline.Outcome;
import io.storytrace.pipeline.Pipeline;
import io.storytrace.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Lineage on articles analysed by the real pipeline rather than on quotations written out by hand:
 * a faithful report with no date and a dated content-farm rewrite of it, once with nothing to say
 * which came first but the rewrite's own signs, once with the derivation matching would find.
 */
class AnalysedStoryTest {

    private static Version analysed(String name) throws IOException {
        Path file = Golden.resource("fixtures/lineage/analysed/" + name + ".txt");
        RawDocument raw = RawDocument.ofFile(name + ".txt", Files.readAllBytes(file), "text/plain");
        Outcome<AnalyzedArticle> outcome = Pipeline.standard().process(raw);
        return new Version(name, ((Outcome.Ok<AnalyzedArticle>) outcome).value());
    }

    @Test
    void theRewritesQuotationsComeOutParaphrasedOrAlteredAgainstTheUndatedReport()
            throws IOException {
        StoryVersions story =
                new StoryVersions(
                        List.of(analysed("buzzline-daily"), analysed("northgate-herald")),
                        List.of());

        QuoteLineage lineage = LineageTracer.standard().trace(story);
        Map<String, List<Finding>> findings = new QuoteAuditor().audit(lineage, story);

        Golden.assertMatchesJson(
                LineageView.of(lineage, findings),
                Golden.resource("fixtures/lineage/analysed/story.expected.json"));
        assertThat(findings.get("northgate-herald")).isEmpty();
        assertThat(findings.get("buzzline-daily"))
                .anyMatch(f -> f instanceof Finding.ParaphrasedQuote)
                .anyMatch(f -> f instanceof Finding.AlteredQuote);
    }

    @Test
    void withTheDerivationKnownEveryQuotationOfTheRewriteIsTracedToTheReport() throws IOException {
        StoryVersions story =
                new StoryVersions(
                        List.of(analysed("northgate-herald"), analysed("buzzline-daily")),
                        List.of(
                                new Precedence(
                                        "northgate-herald",
                                        "buzzline-daily",
                                        "rewrite of northgate-herald")));

        QuoteLineage lineage = LineageTracer.standard().trace(story);

        assertThat(lineage.groups()).allMatch(g -> g.first().version().equals("northgate-herald"));
        assertThat(lineage.groups())
                .flatExtracting(QuoteGroup::later)
                .extracting(t -> t.verdict().kind())
                .containsExactly(
                        Verdict.Kind.PARAPHRASED, Verdict.Kind.PARAPHRASED, Verdict.Kind.ALTERED);
    }
}
