package io.storytrace.pipeline;

import io.storytrace.article.Article;
import io.storytrace.article.RawDocument;

/** The extract stage: turns a raw document into an article. */
public interface Extractor {

    /**
     * Extracts the article in {@code document}.
     *
     * @throws InputException when the document is not something an article can be read from
     */
    Article extract(RawDocument document);
}
