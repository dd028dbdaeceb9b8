package io.storytrace.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.article.RawDocument;
import io.storytrace.pipeline.InputException;
import io.storytrace.pipeline.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedItemReaderTest {

    private final List<String> fetched = new ArrayList<>();

    private RawDocument page(String link) {
        fetched.add(link);
        if (link.endsWith("/missing")) {
            throw new InputException(link, "the server answered HTTP 404");
        }
        return new RawDocument(
                link,
                link,
                "<p>Full text.</p>".getBytes(StandardCharsets.UTF_8),
                "text/html",
                null);
    }

    @Test
    void fetchesTheArticleOfASummaryOnlyItemAndKeepsTheItemsHints() throws IOException {
        Feed feed =
                new FeedParser()
                        .parse("rss", FeedParserTest.fixture("rss-2.0-with-full-content.xml"));

        List<Outcome<RawDocument>> outcomes =
                new FeedItemReader(this::page).read("rss", feed, true).toList();

        // both items are short, so both count as summaries and are fetched
        assertThat(fetched)
                .containsExactly(
                        "https://lakesideledger.example/news/seawall",
                        "https://lakesideledger.example/news/ferry");
        RawDocument first = ((Outcome.Ok<RawDocument>) outcomes.get(0)).value();
        assertThat(first.hints().headline()).isEqualTo("Harbor council approves seawall plan");
        assertThat(first.hints().outlet()).isEqualTo("The Lakeside Ledger");
        assertThat(first.hints().byline()).isEqualTo("Mara Ellison");
        assertThat(first.hints().published().toIso()).isEqualTo("2024-05-15T02:41:00Z");
    }

    @Test
    void keepsTheFeedsOwnContentWhenFullTextIsOff() throws IOException {
        Feed feed =
                new FeedParser()
                        .parse("rss", FeedParserTest.fixture("rss-2.0-with-full-content.xml"));

        List<Outcome<RawDocument>> outcomes =
                new FeedItemReader(this::page).read("rss", feed, false).toList();

        assertThat(fetched).isEmpty();
        RawDocument first = ((Outcome.Ok<RawDocument>) outcomes.get(0)).value();
        assertThat(new String(first.content(), StandardCharsets.UTF_8))
                .contains("approved a $14 million seawall plan");
        assertThat(first.url()).isEqualTo("https://lakesideledger.example/news/seawall");
    }

    @Test
    void aFeedWhoseItemsAllFailGivesOneFailurePerItem() {
        Feed feed =
                new Feed(
                        "Broken Feed",
                        null,
                        List.of(
                                new FeedItem(
                                        "1",
                                        "https://broken.example/missing",
                                        "One",
                                        null,
                                        "Short…",
                                        null,
                                        null),
                                new FeedItem("2", null, "Two", null, null, null, null),
                                new FeedItem(
                                        "3",
                                        "https://broken.example/missing",
                                        "Three",
                                        null,
                                        null,
                                        null,
                                        null)));

        List<Outcome<RawDocument>> outcomes =
                new FeedItemReader(this::page).read("broken.xml", feed, true).toList();

        assertThat(outcomes).hasSize(3).allMatch(o -> o instanceof Outcome.Failed);
        assertThat(outcomes)
                .extracting(o -> ((Outcome.Failed<RawDocument>) o).reason())
                .containsExactly(
                        "the server answered HTTP 404",
                        "the item has no content and no link",
                        "the server answered HTTP 404");
        assertThat(outcomes.get(1).input()).isEqualTo("broken.xml item 2");
    }

    @Test
    void tellsASummaryFromFullText() {
        assertThat(FeedItemReader.isSummary("<p>Short teaser…</p>")).isTrue();
        assertThat(FeedItemReader.isSummary("<p>" + "word ".repeat(200) + "end.</p>")).isFalse();
        assertThat(FeedItemReader.isSummary("<p>" + "word ".repeat(200) + "[…]</p>")).isTrue();
    }
}
