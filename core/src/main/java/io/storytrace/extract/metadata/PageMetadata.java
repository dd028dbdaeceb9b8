package io.storytrace.extract.metadata;

import io.storytrace.article.PublishedTime;

/**
 * What a page's markup and address say about the article in it; every field may be {@code null}.
 *
 * @param headline the article's headline
 * @param byline the author or authors, as one line
 * @param published when the article was first published, as the markup says
 * @param addressDate the date in the article's address, a weaker hint than any markup
 * @param outlet the publication's name, as the markup says
 * @param host the site's host name, the outlet's name of last resort
 * @param url the canonical address of the article
 * @param description the page's summary of the article
 * @param articleBody the full text the page declares in JSON-LD, if any
 */
public record PageMetadata(
        String headline,
        String byline,
        PublishedTime published,
        PublishedTime addressDate,
        String outlet,
        String host,
        String url,
        String description,
        String articleBody) {

    /** No metadata at all. */
    public static final PageMetadata NONE =
            new PageMetadata(null, null, null, null, null, null, null, null, null);
}
