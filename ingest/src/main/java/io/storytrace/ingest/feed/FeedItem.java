package io.storytrace.ingest.feed;

import io.storytrace.article.PublishedTime;

/**
 * One entry of a feed; every field but the position may be {@code null}.
 *
 * @param id the entry's own identifier (guid, Atom id, JSON Feed id)
 * @param link the article's web address
 * @param title the entry's title
 * @param contentHtml the full content the feed carries, as HTML
 * @param summaryHtml the summary or description, as HTML
 * @param published when the entry says it was published
 * @param author the entry's author
 */
public record FeedItem(
        String id,
        String link,
        String title,
        String contentHtml,
        String summaryHtml,
        PublishedTime published,
        String author) {}
