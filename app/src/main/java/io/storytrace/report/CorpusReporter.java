package io.storytrace.report;

import io.storytrace.analyze.AnalyzedArticle;
import io.storytrace.analyze.ArticleAnalyzer;
import io.storytrace.finding.Finding;
import io.storytrace.lineage.LineageTracer;
import io.storytrace.lineage.QuoteAuditor;
import io.storytrace.lineage.QuoteLineage;
import io.storytrace.lineage.Version;
import io.storytrace.match.CreditFinder;
import io.storytrace.match.Relation;
import io.storytrace.pipeline.Analyzer;
import io.storytrace.provenance.Story;
import io.storytrace.report.TraceReport.ArticleEntry;
import io.storytrace.store.Corpus;
import io.storytrace.store.Trace;
import io.storytrace.text.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reports an analysed article against the corpus: its story, each quotation's lineage and every
 * finding, from analysis, from lineage and from its derivation. It stores nothing.
 */
public final class CorpusReporter {

    private final Corpus corpus;
    private final LineageAssembler assembler;
    private final LineageTracer lineage;
    private final QuoteAuditor quotes;
    private final VersionAuditor versions = new VersionAuditor();

    public CorpusReporter(
            Corpus corpus, Analyzer analyzer, LineageTracer lineage, QuoteAuditor quotes) {
        this.corpus = corpus;
        this.assembler = new LineageAssembler(analyzer);
        this.lineage = lineage;
        this.quotes = quotes;
    }

    /** A reporter with the standard analysis and lineage on wording alone. */
    public static CorpusReporter standard(Corpus corpus) {
        return new CorpusReporter(
                corpus, ArticleAnalyzer.standard(), LineageTracer.standard(), new QuoteAuditor());
    }

    /** The report entry of {@code analyzed} traced against the corpus. */
    public ArticleEntry report(AnalyzedArticle analyzed) {
        Trace trace = corpus.trace(analyzed);
        if (trace.story().isEmpty()) {
            return TraceReport.entry(analyzed);
        }
        long tracedId = trace.storedId().orElse(Trace.TRACED);
        if (isTranslation(trace.story().get(), tracedId)) {
            // A translation's quotations are the same words in another language: comparing them
            // word for word with the originals would call every one of them altered.
            List<LineageEntry> none = new ArrayList<>();
            analyzed.quotes().forEach(q -> none.add(null));
            return TraceReport.entry(analyzed, FamilyEntry.of(trace), none, analyzed.findings());
        }
        LineageAssembler.Assembled assembled =
                assembler.assemble(corpus, trace.story().get(), trace);
        String traced = assembled.versionOf(tracedId).orElseThrow();
        QuoteLineage tracedLineage = lineage.trace(assembled.story());
        LineageEntry.Printers printers = printers(assembled);
        List<Finding> derived = new ArrayList<>(versions.audit(assembled, traced));
        derived.addAll(quotes.audit(tracedLineage, assembled.story(), traced));
        List<Finding> findings = new ArrayList<>(alone(analyzed.findings(), derived));
        findings.addAll(derived);
        findings.sort(Comparator.comparing(Finding::evidenceSpan));
        List<LineageEntry> entries = new ArrayList<>();
        for (int i = 0; i < analyzed.quotes().size(); i++) {
            entries.add(
                    tracedLineage
                            .find(traced, i)
                            .map(l -> LineageEntry.of(l, printers))
                            .orElse(null));
        }
        return TraceReport.entry(analyzed, FamilyEntry.of(trace), entries, findings);
    }

    private static boolean isTranslation(Story story, long articleId) {
        return story.versions().stream()
                .anyMatch(v -> v.articleId() == articleId && v.relation() == Relation.TRANSLATION);
    }

    /** The story's versions with the outlets each credits, for naming printings. */
    private static LineageEntry.Printers printers(LineageAssembler.Assembled assembled) {
        CreditFinder finder = new CreditFinder(assembled.outletKeys()::contains);
        Map<String, Version> versions = new HashMap<>();
        Map<String, List<LineageEntry.CreditEntry>> credits = new HashMap<>();
        for (Version v : assembled.story().versions()) {
            versions.put(v.id(), v);
            credits.put(v.id(), LineageEntry.CreditEntry.of(finder.find(v.analyzed().article())));
        }
        return new LineageEntry.Printers(versions, credits);
    }

    /**
     * The findings of analysis that the story's findings do not restate: commentary whose every
     * sentence is reported as added commentary is left out, since the later finding says more.
     */
    private static List<Finding> alone(List<Finding> analysis, List<Finding> derived) {
        Set<Sentence> added = new HashSet<>();
        for (Finding f : derived) {
            if (f instanceof Finding.AddedCommentary a) {
                added.addAll(a.sentences());
            }
        }
        return analysis.stream()
                .filter(
                        f ->
                                !(f instanceof Finding.Commentary c)
                                        || !added.containsAll(c.sentences()))
                .toList();
    }
}
