/**
 * The documents Storytrace reads: raw bytes as fetched ({@link io.storytrace.article.RawDocument})
 * and the clean article extracted from them ({@link io.storytrace.article.Article}).
 */
package io.storytrace.article;
