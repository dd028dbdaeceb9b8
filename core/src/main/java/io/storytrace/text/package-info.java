/** Text coordinates and sentences: spans into {@link io.storytrace.article.Article#text()}. */
package io.storytrace.text;
