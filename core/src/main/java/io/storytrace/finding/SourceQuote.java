package io.storytrace.finding;

import io.storytrace.quote.Quote;
import java.util.Objects;

/**
 * A quotation as another article printed it: the evidence a quote finding compares with.
 *
 * @param article the article that printed it
 * @param quote the quotation there, with its spans in that article's text
 */
public record SourceQuote(SourceArticle article, Quote quote) {

    public SourceQuote {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(quote, "quote");
    }
}
