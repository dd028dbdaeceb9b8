package io.storytrace.store;

import io.storytrace.article.Article;
import java.util.Objects;

/**
 * An article as the corpus holds it.
 *
 * @param id its id
 * @param article the article
 * @param storyId the story it belongs to
 */
public record StoredArticle(long id, Article article, long storyId) {

    public StoredArticle {
        Objects.requireNonNull(article, "article");
    }
}
