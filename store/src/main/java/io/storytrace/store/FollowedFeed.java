package io.storytrace.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A feed the user follows, as kept in the corpus.
 *
 * @param url where the feed is fetched from
 * @param title the feed's name as the user knows it, or {@code null}
 * @param siteUrl the site the feed belongs to, or {@code null}
 * @param fullText whether items that carry only a summary have their article fetched
 * @param added when the feed was added
 * @param lastPolled when it was last fetched, or {@code null} when never
 * @param lastResult what the last fetch gave ("12 articles, 1 failed"), or {@code null}
 */
public record FollowedFeed(
        String url,
        String title,
        String siteUrl,
        boolean fullText,
        Instant added,
        Instant lastPolled,
        String lastResult) {

    public FollowedFeed {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(added, "added");
        if (url.isBlank()) {
            throw new IllegalArgumentException("a feed needs an address");
        }
    }
}
