package io.storytrace.ingest.feed;

import java.net.URI;
import java.util.Objects;

/**
 * A feed a user follows.
 *
 * @param feedUrl where the feed is fetched from
 * @param title the feed's name as the user knows it, or {@code null}
 * @param siteUrl the site the feed belongs to, or {@code null}
 * @param fetchFullText whether items that carry only a summary have their article fetched
 */
public record Subscription(URI feedUrl, String title, URI siteUrl, boolean fetchFullText) {

    public Subscription {
        Objects.requireNonNull(feedUrl, "feedUrl");
    }
}
