package io.storytrace.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.analyze.AnalyzedArticle;
import io.storytrace.analyze.ArticleAnalyzer;
import io.storytrace.article.RawDocument;
import io.storytrace.lineage.LineageTracer;
import io.storytrace.lineage.QuoteAuditor;
import io.storytrace.match.CreditFinder;
import io.storytrace.match.OutletNames;
import io.storytrace.outlet.ProfiledArticle;
import io.storytrace.pipeline.Outcome;
import io.storytrace.pipeline.Pipeline;
import io.storytrace.report.LineageEntry.PrintingEntry;
import io.storytrace.report.TraceReport.ArticleEntry;
import io.storytrace.report.TraceReport.FindingEntry;
import io.storytrace.report.TraceReport.QuoteEntry;
import io.storytrace.sample.SampleCorpus;
import io.storytrace.store.Corpus;
import io.storytrace.store.CorpusConfig;
import io.storytrace.store.CorpusLoader;
import io.storytrace.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Traces every article of the bundled sample corpus against the corpus, as {@code storytrace trace}
 * does, and locks each quotation's verdict and every finding in a golden file reviewed by hand.
 * Checks the figures the sample must meet: no finding against a verbatim or trimmed copy that
 * credits its source, added commentary and paraphrased quotations in every persona rewrite, the
 * seed's quotations paraphrased against the wording printed earlier or not found in earlier
 * coverage, and the same findings from the outlet survey as from tracing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleLineageTest {

    private static final String NOT_FOUND = "not found in earlier coverage";

    private Path dir;
    private Corpus corpus;
    private final Map<String, ArticleEntry> entries = new LinkedHashMap<>();
    private final Map<String, AnalyzedArticle> analyzed = new LinkedHashMap<>();

    @BeforeAll
    void traceTheSample() throws IOException {
        dir = Files.createTempDirectory("storytrace-lineage-test");
        corpus = Corpus.open(CorpusConfig.defaults(dir.resolve("data")));
        List<RawDocument> documents = new SampleCorpus().documents();
        Pipeline pipeline = Pipeline.standard();
        new CorpusLoader(corpus, pipeline, 2, 256)
                .load(documents.stream().map(d -> new Outcome.Ok<>(d.location(), d)), event -> {});
        CorpusReporter reporter = CorpusReporter.standard(corpus);
        for (RawDocument document : documents) {
            AnalyzedArticle article =
                    ((Outcome.Ok<AnalyzedArticle>) pipeline.process(document)).value();
            analyzed.put(document.location(), article);
            entries.put(document.location(), reporter.report(article));
        }
    }

    @AfterAll
    void close() throws IOException {
        corpus.close();
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Test
    void verdictsAndFindingsAreAsReviewed() {
        Map<String, Map<String, Object>> view = new TreeMap<>();
        entries.forEach(
                (location, entry) -> {
                    if (entry.family().versions().size() < 2) {
                        return;
                    }
                    String family = family(entry);
                    Map<String, Object> article = new LinkedHashMap<>();
                    article.put("story", place(entry));
                    article.put("quotes", entry.quotes().stream().map(this::quote).toList());
                    article.put(
                            "findings",
                            entry.findings().stream()
                                    .map(f -> f.type() + ": " + f.reason())
                                    .toList());
                    view.computeIfAbsent(family, k -> new TreeMap<>()).put(name(location), article);
                });

        Golden.assertMatchesJson(view, Golden.resource("fixtures/sample/lineage.expected.json"));
    }

    @Test
    void copiesAndExcerptsThatCreditTheirSourceDrawNoFinding() {
        List<String> checked = new ArrayList<>();
        entries.forEach(
                (location, entry) -> {
                    String relation = self(entry).relation();
                    if ((relation.equals("copy") || relation.equals("excerpt"))
                            && creditsItsSource(entry, location)) {
                        checked.add(name(location));
                        assertThat(entry.findings())
                                .as("findings against %s (%s)", location, relation)
                                .isEmpty();
                        assertThat(entry.quotes())
                                .allSatisfy(
                                        q ->
                                                assertThat(q.lineage().verdict())
                                                        .isIn("verbatim", "trimmed", "original"));
                    }
                });

        assertThat(checked).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void aTranslationsQuotationsAreNotComparedWordForWordWithTheOriginals() {
        var entry = entries.get("sample/06-museum-theft/altberger-rundschau-translation.html");

        assertThat(self(entry).relation()).isEqualTo("translation");
        assertThat(entry.quotes()).isNotEmpty().allSatisfy(q -> assertThat(q.lineage()).isNull());
        assertThat(entry.findings()).noneMatch(f -> f.type().contains("quote"));
    }

    @Test
    void everyPersonaRewriteAddsCommentaryAndParaphrasesQuotations() {
        for (String farm :
                List.of(
                        SampleCorpus.SEED,
                        "sample/07-castellanos-interview/starlight-gossip-farm.txt",
                        "sample/03-striker-transfer/goalrush-hub-farm.txt",
                        "sample/06-museum-theft/culture-buzz-farm.txt")) {
            assertThat(entries.get(farm).findings())
                    .as(farm)
                    .extracting(FindingEntry::type)
                    .contains("added-commentary", "paraphrased-quote", "uncredited-copy")
                    .doesNotContain("commentary");
        }
    }

    @Test
    void theSeedsQuotationsAreParaphrasedAgainstScreenDispatchOrNotFoundEarlier() {
        ArticleEntry seed = entries.get(SampleCorpus.SEED);

        assertThat(seed.quotes())
                .allSatisfy(
                        q -> {
                            if (q.lineage().verdict().equals(NOT_FOUND)) {
                                assertThat(q.lineage().printings()).hasSize(1);
                            } else {
                                assertThat(q.lineage().verdict()).isIn("paraphrased", "altered");
                                assertThat(q.lineage().firstAppearance().outlet())
                                        .isEqualTo("Screen Dispatch");
                            }
                        });
        QuoteEntry paraphrased =
                seed.quotes().stream()
                        .filter(q -> q.lineage().verdict().equals("paraphrased"))
                        .findFirst()
                        .orElseThrow();
        assertThat(paraphrased.text()).contains("It’s not that we have outgrown the show");
        assertThat(paraphrased.lineage().firstAppearance().text())
                .isEqualTo(
                        "I wouldn’t say that we’ve outgrown the show, because the show is growing"
                                + " in itself,");
        assertThat(paraphrased.lineage().diff()).isNotEmpty();
    }

    @Test
    void quotationsPrintedNowhereElseAreNotFoundInEarlierCoverage() {
        List<String> seen = new ArrayList<>();
        entries.forEach(
                (location, entry) -> {
                    boolean derived = !self(entry).relation().equals("origin");
                    for (QuoteEntry q : entry.quotes()) {
                        if (derived && q.lineage() != null && q.lineage().printings().size() == 1) {
                            seen.add(q.text());
                            assertThat(q.lineage().verdict()).isEqualTo(NOT_FOUND);
                            assertThat(entry.findings())
                                    .anySatisfy(
                                            f -> {
                                                assertThat(f.type())
                                                        .isEqualTo(
                                                                "quote-not-found-in-earlier-coverage");
                                                assertThat(f.start()).isEqualTo(q.start());
                                                assertThat(f.reason())
                                                        .startsWith(NOT_FOUND + " in this corpus");
                                            });
                        }
                    }
                });

        assertThat(seen).contains("We Shot a Lot of Footage");
    }

    @Test
    void theOutletSurveyFindsWhatTracingFinds() {
        List<ProfiledArticle> surveyed =
                new OutletSurvey(
                                ArticleAnalyzer.standard(),
                                LineageTracer.standard(),
                                new QuoteAuditor())
                        .survey(corpus);

        assertThat(surveyed).isNotEmpty();
        for (ProfiledArticle article : surveyed) {
            ArticleEntry traced = entries.get(article.location());
            List<String> fromTrace =
                    traced.findings().stream()
                            .map(FindingEntry::type)
                            .filter(
                                    t ->
                                            !t.equals("commentary")
                                                    && !t.equals("attribution-inside-quote"))
                            .sorted()
                            .toList();
            List<String> fromSurvey =
                    article.findings().stream()
                            .map(f -> FindingEntry.of(f, text(article.location())).type())
                            .filter(t -> !t.equals("attribution-inside-quote"))
                            .sorted()
                            .toList();
            assertThat(fromSurvey).as(article.location()).isEqualTo(fromTrace);
        }
    }

    private String text(String location) {
        return analyzed.get(location).article().text();
    }

    private String quote(QuoteEntry q) {
        LineageEntry lineage = q.lineage();
        if (lineage == null) {
            return "“" + q.text() + "” not compared";
        }
        StringBuilder out =
                new StringBuilder("“")
                        .append(q.text())
                        .append("” ")
                        .append(lineage.labels())
                        .append(' ')
                        .append(lineage.summary());
        if (!lineage.compared().isEmpty()) {
            out.append(" ← ");
            for (PrintingEntry p : lineage.compared()) {
                out.append(name(p.location())).append(": “").append(p.text()).append("” ");
            }
        }
        return out.toString().strip();
    }

    private static FamilyEntry.VersionEntry self(ArticleEntry entry) {
        return entry.family().versions().stream()
                .filter(FamilyEntry.VersionEntry::self)
                .findFirst()
                .orElseThrow();
    }

    private static String place(ArticleEntry entry) {
        FamilyEntry.VersionEntry self = self(entry);
        if (self.source() == null) {
            return self.relation();
        }
        String source =
                entry.family().versions().stream()
                        .filter(v -> v.article() == self.source())
                        .map(v -> name(v.location()))
                        .findFirst()
                        .orElseThrow();
        return self.relation() + (self.directionKnown() ? " of " : " (undecided) with ") + source;
    }

    /** Whether an article names or links the outlet of the version it derives from. */
    private boolean creditsItsSource(ArticleEntry entry, String location) {
        FamilyEntry.VersionEntry self = self(entry);
        FamilyEntry.VersionEntry source =
                entry.family().versions().stream()
                        .filter(v -> v.article() == self.source())
                        .findFirst()
                        .orElseThrow();
        AnalyzedArticle from = analyzed.get(source.location());
        String outlet = from.article().outlet();
        String host = OutletNames.hostKey(from.article().url());
        return new CreditFinder()
                .find(analyzed.get(location).article()).stream()
                        .anyMatch(
                                c ->
                                        (outlet != null && c.key().equals(OutletNames.key(outlet)))
                                                || c.key().equals(host)
                                                || (host != null
                                                        && host.equals(
                                                                OutletNames.hostKey(c.url()))));
    }

    /** The family folder of the story's origin. */
    private static String family(ArticleEntry entry) {
        String origin = entry.family().origin().location();
        return origin.startsWith("sample/") ? origin.split("/")[1] : origin;
    }

    private static String name(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
