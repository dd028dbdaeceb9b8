/**
 * Extraction: from a raw document's bytes to an {@link io.storytrace.article.Article}, for plain
 * text dumps and HTML pages. {@link io.storytrace.extract.DocumentExtractor} picks the extractor.
 */
package io.storytrace.extract;
