package io.storytrace.store;

import io.storytrace.article.Article;
import io.storytrace.match.Derivation;
import java.util.Objects;

/**
 * An article of the corpus related to the article at hand.
 *
 * @param articleId the relative's id
 * @param article the relative
 * @param derivation how the article at hand (a) relates to the relative (b)
 */
public record Relative(long articleId, Article article, Derivation derivation) {

    public Relative {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(derivation, "derivation");
    }
}
