package io.storytrace.article;

/**
 * What a source said about a document besides its bytes: a feed item's title, date, author and feed
 * name, or the fields of a JSONL record. Extraction prefers what the page itself says and falls
 * back on these; every field may be {@code null}.
 *
 * @param headline the item's title
 * @param byline the item's author
 * @param published the item's publication time
 * @param outlet the publication's name, such as the feed's title
 */
public record DocumentHints(
        String headline, String byline, PublishedTime published, String outlet) {

    /** No hints. */
    public static final DocumentHints NONE = new DocumentHints(null, null, null, null);
}
