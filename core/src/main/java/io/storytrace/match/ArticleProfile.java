package io.storytrace.match;

import io.storytrace.analyze.AnalyzedArticle;
import io.storytrace.article.Article;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What matching needs from one analysed article, computed once: its sentences as tokens, the names
 * and numbers it states, its quotations and its credits.
 *
 * @param analyzed the article and its analysis
 * @param sentences its sentences, headline first when there is one
 * @param names names written with a capital in mid-sentence, as tokens
 * @param numbers the numbers it states, as tokens
 * @param quotes the quoted words of each quotation
 * @param credits the outlets it credits
 * @param bodyTokens every token of the body in order, stop words included, for shingling
 * @param language the body's language as an ISO 639-3 code, {@link LanguageIdentifier#UNKNOWN} when
 *     it could not be told
 */
public record ArticleProfile(
        AnalyzedArticle analyzed,
        List<ProfiledSentence> sentences,
        Set<String> names,
        Set<String> numbers,
        List<String> quotes,
        List<Credit> credits,
        List<String> bodyTokens,
        String language) {

    public ArticleProfile {
        Objects.requireNonNull(analyzed, "analyzed");
        sentences = List.copyOf(sentences);
        names = Set.copyOf(names);
        numbers = Set.copyOf(numbers);
        quotes = List.copyOf(quotes);
        credits = List.copyOf(credits);
        bodyTokens = List.copyOf(bodyTokens);
        Objects.requireNonNull(language, "language");
    }

    public Article article() {
        return analyzed.article();
    }

    /** Whether some sentence outside quotation marks speaks in the first person. */
    public boolean hasFirstPersonCommentary() {
        return sentences.stream().anyMatch(ProfiledSentence::firstPerson)
                || analyzed.findings().stream()
                        .anyMatch(f -> f instanceof io.storytrace.finding.Finding.Commentary);
    }
}
