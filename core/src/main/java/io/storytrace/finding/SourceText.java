package io.storytrace.finding;

import io.storytrace.text.Span;
import java.util.Objects;

/**
 * A stretch of another article's text that a finding points to.
 *
 * @param article the article
 * @param span where the text lies in that article's text
 * @param text the text
 */
public record SourceText(SourceArticle article, Span span, String text) {

    public SourceText {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }
}
