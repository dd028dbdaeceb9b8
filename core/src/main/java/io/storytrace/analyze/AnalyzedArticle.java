package io.storytrace.analyze;

import io.storytrace.article.Article;
import io.storytrace.finding.Finding;
import io.storytrace.mention.Mention;
import io.storytrace.quote.Quote;
import io.storytrace.quote.ReportedSpeech;
import io.storytrace.text.Sentence;
import io.storytrace.text.Unresolved;
import java.util.List;
import java.util.Objects;

/**
 * An article with what analysis found in it. All spans refer to {@link Article#text()}.
 *
 * @param article the article analysed
 * @param sentences its sentences in order
 * @param quotes its quotations in order of their first part
 * @param mentions the names in it, in order
 * @param findings what analysis of this article alone found
 * @param reported statements reported in the reporter's words ("Connor mentioned that …"), in order
 * @param unresolved what analysis could not resolve (unpaired marks, quotes without a speaker)
 */
public record AnalyzedArticle(
        Article article,
        List<Sentence> sentences,
        List<Quote> quotes,
        List<Mention> mentions,
        List<Finding> findings,
        List<ReportedSpeech> reported,
        List<Unresolved> unresolved) {

    public AnalyzedArticle {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        quotes = List.copyOf(quotes);
        mentions = List.copyOf(mentions);
        findings = List.copyOf(findings);
        reported = List.copyOf(reported);
        unresolved = List.copyOf(unresolved);
    }

    /** An analysis with no reported speech and nothing left unresolved. */
    public AnalyzedArticle(
            Article article,
            List<Sentence> sentences,
            List<Quote> quotes,
            List<Mention> mentions,
            List<Finding> findings) {
        this(article, sentences, quotes, mentions, findings, List.of(), List.of());
    }
}
