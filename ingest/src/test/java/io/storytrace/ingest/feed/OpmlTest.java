package io.storytrace.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storytrace.pipeline.InputException;
import io.storytrace.testing.Golden;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpmlTest {

    private final OpmlReader reader = new OpmlReader();

    @Test
    void readsNestedSubscriptionsInOrder() throws IOException {
        List<Subscription> subscriptions =
                reader.read("subscriptions.opml", fixture("subscriptions.opml"));

        Golden.assertMatchesJson(
                subscriptions, Golden.resource("fixtures/opml/subscriptions.opml.expected.json"));
    }

    @Test
    void writesWhatItReads() throws IOException {
        List<Subscription> subscriptions =
                List.of(
                        new Subscription(
                                URI.create("https://lakesideledger.example/feed.xml"),
                                "The Lakeside Ledger",
                                URI.create("https://lakesideledger.example/"),
                                true),
                        new Subscription(
                                URI.create("https://valleyvoice.example/rss"), null, null, false));

        String opml = new OpmlWriter().write("My news", subscriptions);
        List<Subscription> back =
                reader.read("exported.opml", opml.getBytes(StandardCharsets.UTF_8));

        assertThat(back)
                .containsExactly(
                        subscriptions.get(0),
                        new Subscription(
                                URI.create("https://valleyvoice.example/rss"),
                                "https://valleyvoice.example/rss",
                                null,
                                false));
    }

    @Test
    void refusesExternalEntities() throws IOException {
        assertThatThrownBy(() -> reader.read("xxe.opml", fixture("xxe-subscriptions.opml")))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("xxe.opml: not a readable OPML file")
                .hasMessageNotContaining("root:");
    }

    @Test
    void refusesAFeedGivenAsOpml() throws IOException {
        assertThatThrownBy(
                        () ->
                                reader.read(
                                        "feed.opml",
                                        FeedParserTest.fixture("rss-2.0-with-full-content.xml")))
                .isInstanceOf(InputException.class)
                .hasMessage("feed.opml: a feed, not an OPML subscription list");
    }

    private static byte[] fixture(String name) throws IOException {
        return Files.readAllBytes(Path.of("src/test/resources/fixtures/opml", name));
    }
}
