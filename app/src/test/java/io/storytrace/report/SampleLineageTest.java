package io.storytrace.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.analyze.ArticleAnalyzer;
import io.storytrace.article.RawDocument;
import io.storytrace.finding.Finding;
import io.storytrace.lineage.LineageTracer;
import io.storytrace.lineage.QuoteAuditor;
import io.storytrace.lineage.QuoteGroup;
import io.storytrace.lineage.QuoteLineage;
import io.storytrace.match.CreditFinder;
import io.storytrace.match.OutletNames;
import io.storytrace.pipeline.Outcome;
import io.storytrace.pipeline.Pipeline;
import io.storytrace.provenance.Story;
import io.storytrace.sample.SampleCorpus;
import io.storytrace.store.Corpus;
import io.storytrace.store.CorpusConfig;
import io.storytrace.store.CorpusLoader;
import io.storytrace.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Traces the quotations of every story of the bundled sample corpus and locks the verdicts and
 * findings in a golden file reviewed by hand; checks the figures the sample must meet: no quotation
 * finding against a verbatim or trimmed copy, added commentary and paraphrases in every persona
 * rewrite, the seed's quotation paraphrased against the wording printed earlier.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleLineageTest {

    private Path dir;
    private Corpus corpus;
    private final Map<String, Map<String, Object>> stories = new LinkedHashMap<>();
    private final Map<String, List<Finding>> findings = new LinkedHashMap<>();
    private final Map<String, String> roles = new LinkedHashMap<>();
    private final Map<String, Boolean> credits = new LinkedHashMap<>();

    @BeforeAll
    void traceTheSample() throws IOException {
        dir = Files.createTempDirectory("storytrace-lineage-test");
        corpus = Corpus.open(CorpusConfig.defaults(dir.resolve("data")));
        List<RawDocument> documents = new SampleCorpus().documents();
        new CorpusLoader(corpus, Pipeline.standard(), 2, 256)
                .load(documents.stream().map(d -> new Outcome.Ok<>(d.location(), d)), event -> {});
        LineageAssembler assembler = new LineageAssembler(ArticleAnalyzer.standard());
        VersionAuditor versions = new VersionAuditor();
        List<Story> all = new ArrayList<>(corpus.stories(Instant.EPOCH, 2, Integer.MAX_VALUE));
        all.sort(Comparator.comparing(s -> s.versions().getFirst().location()));
        for (Story story : all) {
            LineageAssembler.Assembled assembled = assembler.assemble(corpus, story);
            QuoteLineage lineage = LineageTracer.standard().trace(assembled.story());
            Map<String, List<Finding>> quoteFindings =
                    new QuoteAuditor().audit(lineage, assembled.story());
            Map<String, Object> view = new LinkedHashMap<>();
            List<String> groups = new ArrayList<>();
            for (QuoteGroup group : lineage.groups()) {
                for (QuoteGroup.Traced t : group.printings()) {
                    groups.add(
                            name(t.occurrence().version())
                                    + " #"
                                    + t.occurrence().index()
                                    + " "
                                    + t.verdict().labels()
                                    + (t.verdict().diff() == null
                                            ? ""
                                            : " (" + t.verdict().diff().summary() + ")")
                                    + ": “"
                                    + t.occurrence().quote().text()
                                    + "”");
                }
                groups.add("");
            }
            view.put("lineage", groups);
            Map<String, List<String>> byVersion = new LinkedHashMap<>();
            assembled
                    .listed()
                    .forEach(
                            (id, listed) -> {
                                List<Finding> list = new ArrayList<>(quoteFindings.get(id));
                                list.addAll(versions.audit(assembled, id));
                                findings.put(name(id), list);
                                roles.put(
                                        name(id),
                                        listed.relation() == null
                                                ? "origin"
                                                : listed.relation().label());
                                credits.put(name(id), creditsItsSource(assembled, id));
                                byVersion.put(
                                        name(id),
                                        list.stream()
                                                .map(
                                                        f ->
                                                                f.getClass().getSimpleName()
                                                                        + ": "
                                                                        + f.reason())
                                                .toList());
                            });
            view.put("findings", byVersion);
            stories.put(name(story.versions().getFirst().location()), view);
        }
    }

    /** Whether a version names or links the outlet of the version it derives from. */
    private static boolean creditsItsSource(LineageAssembler.Assembled assembled, String id) {
        LineageAssembler.Source source = assembled.sources().get(id);
        if (source == null) {
            return false;
        }
        var versions = assembled.story().versions();
        var derived = versions.stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
        var from =
                versions.stream()
                        .filter(v -> v.id().equals(source.version()))
                        .findFirst()
                        .orElseThrow();
        String outlet = from.analyzed().article().outlet();
        String host = OutletNames.hostKey(from.analyzed().article().url());
        return new CreditFinder()
                .find(derived.analyzed().article()).stream()
                        .anyMatch(
                                c ->
                                        (outlet != null && c.key().equals(OutletNames.key(outlet)))
                                                || c.key().equals(host)
                                                || (host != null
                                                        && host.equals(
                                                                OutletNames.hostKey(c.url()))));
    }

    private static String name(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
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
        Golden.assertMatchesJson(stories, Golden.resource("fixtures/sample/lineage.expected.json"));
    }

    @Test
    void copiesAndExcerptsThatCreditTheirSourceDrawNoFinding() {
        findings.forEach(
                (version, list) -> {
                    String role = roles.get(version);
                    if ((role.equals("copy") || role.equals("excerpt")) && credits.get(version)) {
                        assertThat(list).as("findings against %s (%s)", version, role).isEmpty();
                    }
                });
    }

    @Test
    void theSampleHasCopiesThatCreditTheirSource() {
        assertThat(credits.entrySet())
                .filteredOn(e -> e.getValue() && !roles.get(e.getKey()).equals("rewrite"))
                .hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void everyPersonaRewriteAddsCommentaryAndParaphrasesQuotations() {
        for (String farm :
                List.of(
                        "seed.txt",
                        "starlight-gossip-farm.txt",
                        "goalrush-hub-farm.txt",
                        "culture-buzz-farm.txt")) {
            assertThat(findings.get(farm))
                    .as(farm)
                    .anyMatch(f -> f instanceof Finding.AddedCommentary)
                    .anyMatch(f -> f instanceof Finding.ParaphrasedQuote);
        }
    }

    @Test
    void theSeedsQuotationIsParaphrasedAgainstTheWordingPrintedEarlier() {
        assertThat(findings.get("seed.txt"))
                .filteredOn(f -> f instanceof Finding.ParaphrasedQuote)
                .singleElement()
                .satisfies(
                        f -> {
                            Finding.ParaphrasedQuote p = (Finding.ParaphrasedQuote) f;
                            assertThat(p.original().article().outlet())
                                    .isEqualTo("Screen Dispatch");
                            assertThat(p.original().quote().text())
                                    .contains("I wouldn’t say that we’ve outgrown the show");
                            assertThat(p.quote().text())
                                    .contains("It’s not that we have outgrown the show");
                        });
    }
}
