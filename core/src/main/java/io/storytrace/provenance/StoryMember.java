package io.storytrace.provenance;

import io.storytrace.article.Article;
import io.storytrace.match.Credit;
import java.util.List;
import java.util.Objects;

/**
 * One article of a story, with what origin finding weighs.
 *
 * @param articleId the article's id in the corpus
 * @param article the article
 * @param credits the outlets it credits
 * @param quotes the quoted words of its quotations
 */
public record StoryMember(
        long articleId, Article article, List<Credit> credits, List<String> quotes) {

    public StoryMember {
        Objects.requireNonNull(article, "article");
        credits = List.copyOf(credits);
        quotes = List.copyOf(quotes);
    }
}
