package io.storytrace.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedListTest {

    @TempDir Path dir;

    private Corpus open() {
        return Corpus.open(CorpusConfig.defaults(dir.resolve("data")).withEmbeddings(false));
    }

    private static FollowedFeed feed(String url, boolean fullText) {
        return new FollowedFeed(url, null, null, fullText, Instant.EPOCH, null, null);
    }

    @Test
    void keepsFeedsPollsAndValidatorsAcrossRuns() {
        Instant polled = Instant.parse("2025-03-04T10:00:00Z");
        try (Corpus corpus = open()) {
            FeedList feeds = corpus.feeds();
            assertThat(feeds.follow(feed("https://b.example/rss", true))).isTrue();
            assertThat(feeds.follow(feed("https://a.example/atom", false))).isTrue();
            assertThat(feeds.follow(feed("https://a.example/atom", true))).isFalse();
            feeds.polled("https://b.example/rss", polled, "2 added, 0 already present, 0 failed");
            feeds.saveValidators("https://b.example/rss", new FetchValidators("\"v1\"", null));
        }

        try (Corpus corpus = open()) {
            FeedList feeds = corpus.feeds();
            assertThat(feeds.all())
                    .containsExactly(
                            feed("https://a.example/atom", false),
                            new FollowedFeed(
                                    "https://b.example/rss",
                                    null,
                                    null,
                                    true,
                                    Instant.EPOCH,
                                    polled,
                                    "2 added, 0 already present, 0 failed"));
            assertThat(feeds.validators("https://b.example/rss"))
                    .contains(new FetchValidators("\"v1\"", null));
            assertThat(feeds.validators("https://a.example/atom")).isEmpty();

            assertThat(feeds.unfollow("https://a.example/atom")).isTrue();
            assertThat(feeds.unfollow("https://a.example/atom")).isFalse();
            assertThat(feeds.all())
                    .extracting(FollowedFeed::url)
                    .containsExactly("https://b.example/rss");
        }
    }
}
