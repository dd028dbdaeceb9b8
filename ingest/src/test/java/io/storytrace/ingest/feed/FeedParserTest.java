package io.storytrace.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storytrace.pipeline.InputException;
import io.storytrace.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedParserTest {

    private final FeedParser parser = new FeedParser();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "rss-2.0-with-full-content.xml",
                "rss-1.0-rdf.xml",
                "atom-1.0.xml",
                "json-feed-1.1.json"
            })
    void readsEachFeedFormat(String name) throws IOException {
        Feed feed = parser.parse(name, fixture(name));

        Golden.assertMatchesJson(
                FeedView.of(feed), Golden.resource("fixtures/feeds/" + name + ".expected.json"));
    }

    @Test
    void refusesExternalEntitiesWithoutReadingTheFile() throws IOException {
        assertThatThrownBy(() -> parser.parse("xxe.xml", fixture("xxe-external-entity.xml")))
                .isInstanceOfSatisfying(
                        InputException.class,
                        e -> {
                            assertThat(e.input()).isEqualTo("xxe.xml");
                            assertThat(e.reason()).contains("declares a document type");
                            assertThat(e.getMessage()).doesNotContain("root:");
                        });
    }

    @Test
    void refusesEntityExpansionBombs() throws IOException {
        // expanded, this feed's title would be 3 GB of "lol"
        assertThatThrownBy(() -> parser.parse("lol.xml", fixture("billion-laughs.xml")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("refused");
    }

    @Test
    void namesTheFeedWhenItIsNotAFeed() {
        assertThatThrownBy(() -> parser.parse("page.xml", "<html><p>hi</p></html>".getBytes()))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("page.xml: not a readable feed");
        assertThatThrownBy(() -> parser.parse("data.json", "{\"items\": []}".getBytes()))
                .isInstanceOf(InputException.class)
                .hasMessage("data.json: JSON without a jsonfeed.org version: not a feed");
    }

    @Test
    void tellsFeedsFromPages() throws IOException {
        assertThat(FeedParser.looksLikeFeed(fixture("atom-1.0.xml"))).isTrue();
        assertThat(FeedParser.looksLikeFeed(fixture("json-feed-1.1.json"))).isTrue();
        assertThat(FeedParser.looksLikeFeed("<!doctype html><html>".getBytes())).isFalse();
    }

    static byte[] fixture(String name) throws IOException {
        return Files.readAllBytes(Path.of("src/test/resources/fixtures/feeds", name));
    }
}
