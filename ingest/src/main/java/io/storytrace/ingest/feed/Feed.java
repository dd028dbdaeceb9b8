package io.storytrace.ingest.feed;

import java.util.List;

/**
 * A parsed feed.
 *
 * @param title the feed's title, usually the outlet's name, or {@code null}
 * @param link the site the feed belongs to, or {@code null}
 * @param items the entries in the order the feed lists them
 */
public record Feed(String title, String link, List<FeedItem> items) {

    public Feed {
        items = List.copyOf(items);
    }
}
