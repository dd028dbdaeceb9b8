/**
 * Extraction: from a raw document's bytes to an {@link io.storytrace.article.Article}, for plain
 * text dumps and HTML pages. {@link io.storytrace.extract.DocumentExtractor} picks the extractor;
 * for HTML, {@code extract.metadata} reads what the page says about itself and {@code extract.body}
 * finds the article text.
 */
package io.storytrace.extract;
