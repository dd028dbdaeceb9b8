package io.storytrace.lineage;

import io.storytrace.analyze.AnalyzedArticle;
import io.storytrace.article.Article;
import io.storytrace.finding.SourceText;
import io.storytrace.text.Sentence;
import io.storytrace.text.Span;
import io.storytrace.wording.Wording;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds, for a quotation no earlier version prints, the earlier sentence whose content is closest
 * to it: often the reporter's own account of what was said, which a rewrite then put inside
 * quotation marks. It searches sentences (paragraphs where an article has no sentences), and only
 * reports one that the paraphrase judge takes for the same statement.
 */
final class NearestTextFinder {

    private final ParaphraseJudge judge;

    NearestTextFinder(ParaphraseJudge judge) {
        this.judge = Objects.requireNonNull(judge, "judge");
    }

    /** The closest earlier text in {@code versions}, or {@code null} when none is close. */
    SourceText find(Occurrence printing, List<Version> versions) {
        SourceText best = null;
        double bestOverlap = 0;
        for (Version version : versions) {
            AnalyzedArticle analyzed = version.analyzed();
            String text = analyzed.article().text();
            for (Span unit : units(analyzed)) {
                Paraphrase judgement = judge.judge(Wording.of(unit.of(text)), printing.wording());
                if (judgement.same() && judgement.overlap() > bestOverlap) {
                    bestOverlap = judgement.overlap();
                    best = new SourceText(version.source(), unit, unit.of(text));
                }
            }
        }
        return best;
    }

    private static List<Span> units(AnalyzedArticle analyzed) {
        if (!analyzed.sentences().isEmpty()) {
            return analyzed.sentences().stream().map(Sentence::span).toList();
        }
        Article article = analyzed.article();
        List<Span> paragraphs = new ArrayList<>();
        int at = article.bodyStart();
        for (String paragraph : article.paragraphs()) {
            paragraphs.add(new Span(at, at + paragraph.length()));
            at += paragraph.length() + Article.PARAGRAPH_BREAK.length();
        }
        return paragraphs;
    }
}
