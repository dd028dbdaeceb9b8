/**
 * Finds an HTML page's article text: removes what is never content, splits the rest into text
 * blocks, picks the container that holds the article, and keeps its blocks that read as prose.
 * {@link io.storytrace.extract.body.BodyExtractor} is the entry point.
 */
package io.storytrace.extract.body;
