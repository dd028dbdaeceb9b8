package io.storytrace.lineage;

import io.storytrace.analyze.AnalyzedArticle;
import io.storytrace.article.Article;
import io.storytrace.finding.SourceText;
import io.storytrace.text.Sentence;
import io.storytrace.text.Span;
import io.storytrace.wording.Wording;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds, for a quotation no earlier version prints, the earlier sentence whose content is closest
 * to it: often the reporter's own account of what was said, which a rewrite then put inside
 * quotation marks. It searches sentences (paragraphs where an article has no sentences), and only
 * reports one that the paraphrase judge takes for the same statement. It reads each version's
 * sentences once and keeps them, so use one finder per audit.
 */
final class NearestTextFinder {

    /** A sentence (or paragraph) of a version and its wording. */
    private record Unit(Span span, Wording wording) {}

    private final ParaphraseJudge judge;
    private final Map<String, List<Unit>> units = new HashMap<>();

    NearestTextFinder(ParaphraseJudge judge) {
        this.judge = Objects.requireNonNull(judge, "judge");
    }

    /** The closest earlier text in {@code versions}, or {@code null} when none is close. */
    SourceText find(Occurrence printing, List<Version> versions) {
        SourceText best = null;
        double bestOverlap = 0;
        for (Version version : versions) {
            String text = version.analyzed().article().text();
            List<Unit> read =
                    units.computeIfAbsent(
                            version.id(),
                            id ->
                                    spans(version.analyzed()).stream()
                                            .map(s -> new Unit(s, Wording.of(s.of(text))))
                                            .toList());
            for (Unit unit : read) {
                Paraphrase judgement = judge.judge(unit.wording(), printing.wording());
                if (judgement.same() && judgement.overlap() > bestOverlap) {
                    bestOverlap = judgement.overlap();
                    best = new SourceText(version.source(), unit.span(), unit.span().of(text));
                }
            }
        }
        return best;
    }

    private static List<Span> spans(AnalyzedArticle analyzed) {
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
