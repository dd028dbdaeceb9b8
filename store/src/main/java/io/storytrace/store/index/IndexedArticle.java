package io.storytrace.store.index;

import io.storytrace.match.Fingerprint;
import java.util.Objects;

/**
 * What the index holds of one article.
 *
 * @param id the article's id in the database
 * @param text the article's text, for full-text search
 * @param outletKey the outlet's comparison key, or {@code null}
 * @param publishedAt the publication time in epoch seconds, or {@code null}
 * @param fingerprint its fingerprint
 */
public record IndexedArticle(
        long id, String text, String outletKey, Long publishedAt, Fingerprint fingerprint) {

    public IndexedArticle {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }
}
