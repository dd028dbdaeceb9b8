package io.storytrace.finding;

import io.storytrace.article.Article;
import io.storytrace.article.PublishedTime;
import java.util.Objects;

/**
 * The article a finding compares with, named the way a reader would look it up.
 *
 * @param location where the article was read from; identifies it in the corpus
 * @param url its web address, or {@code null}
 * @param outlet its publication, or {@code null} when unknown
 * @param headline its headline, possibly empty
 * @param published when it says it was published, or {@code null}
 */
public record SourceArticle(
        String location, String url, String outlet, String headline, PublishedTime published) {

    public SourceArticle {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(headline, "headline");
    }

    public static SourceArticle of(Article article) {
        return new SourceArticle(
                article.location(),
                article.url(),
                article.outlet(),
                article.headline(),
                article.published());
    }

    /** The outlet's name, or the location when the outlet is unknown. */
    public String name() {
        return outlet != null ? outlet : location;
    }
}
