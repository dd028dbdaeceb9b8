package io.storytrace.report;

import io.storytrace.finding.Finding;
import io.storytrace.lineage.LineageTracer;
import io.storytrace.lineage.QuoteAuditor;
import io.storytrace.lineage.QuoteGroup;
import io.storytrace.lineage.QuoteLineage;
import io.storytrace.lineage.Verdict;
import io.storytrace.match.Relation;
import io.storytrace.outlet.ArticleRole;
import io.storytrace.outlet.ProfiledArticle;
import io.storytrace.pipeline.Analyzer;
import io.storytrace.provenance.Story;
import io.storytrace.provenance.StoryVersion;
import io.storytrace.store.Corpus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Goes over every story of the corpus and gathers, for each version of known outlet, what an outlet
 * profile counts: its role in the story, how many of its quotations were compared with an earlier
 * printing, and its findings from lineage and from its derivation.
 */
public final class OutletSurvey {

    private final LineageAssembler assembler;
    private final LineageTracer lineage;
    private final QuoteAuditor quotes;
    private final VersionAuditor versions = new VersionAuditor();

    public OutletSurvey(Analyzer analyzer, LineageTracer lineage, QuoteAuditor quotes) {
        this.assembler = new LineageAssembler(analyzer);
        this.lineage = lineage;
        this.quotes = quotes;
    }

    public List<ProfiledArticle> survey(Corpus corpus) {
        List<ProfiledArticle> articles = new ArrayList<>();
        for (Story story : corpus.stories(Instant.EPOCH, 1, Integer.MAX_VALUE)) {
            LineageAssembler.Assembled assembled = assembler.assemble(corpus, story);
            QuoteLineage traced = lineage.trace(assembled.story());
            Map<String, List<Finding>> found = quotes.audit(traced, assembled.story());
            Map<String, Integer> compared = compared(traced);
            assembled
                    .listed()
                    .forEach(
                            (id, listed) -> {
                                if (listed.outlet() == null) {
                                    return;
                                }
                                List<Finding> findings =
                                        new ArrayList<>(found.getOrDefault(id, List.of()));
                                findings.addAll(versions.audit(assembled, id));
                                articles.add(
                                        new ProfiledArticle(
                                                listed.location(),
                                                listed.outlet(),
                                                role(listed),
                                                compared.getOrDefault(id, 0),
                                                findings));
                            });
        }
        return articles;
    }

    /** How many printings of each version were compared with an earlier printing. */
    private static Map<String, Integer> compared(QuoteLineage lineage) {
        Map<String, Integer> counts = new HashMap<>();
        for (QuoteGroup group : lineage.groups()) {
            for (QuoteGroup.Traced traced : group.printings()) {
                Verdict.Kind kind = traced.verdict().kind();
                if (kind != Verdict.Kind.ORIGINAL
                        && kind != Verdict.Kind.NOT_FOUND_IN_EARLIER_COVERAGE) {
                    counts.merge(traced.occurrence().version(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private static ArticleRole role(StoryVersion version) {
        Relation relation = version.relation();
        if (relation == null) {
            return ArticleRole.ORIGINAL;
        }
        return switch (relation) {
            case COPY -> ArticleRole.COPY;
            case EXCERPT -> ArticleRole.EXCERPT;
            case REWRITE, TRANSLATION -> ArticleRole.REWRITE;
            case SAME_EVENT, UNRELATED -> ArticleRole.ORIGINAL;
        };
    }
}
