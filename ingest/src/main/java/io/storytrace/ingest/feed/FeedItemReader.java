package io.storytrace.ingest.feed;

import io.storytrace.article.DocumentHints;
import io.storytrace.article.RawDocument;
import io.storytrace.pipeline.InputException;
import io.storytrace.pipeline.Outcome;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * Turns a feed's items into raw documents, one outcome per item, lazily. An item that carries its
 * full text becomes a document of that text; an item that carries only a summary (short, or cut off
 * with "…" or "Read more") has its article fetched from its link, unless the feed's subscription
 * says not to. The item's title, date and author, and the feed's title as the outlet, travel along
 * as hints for extraction.
 */
public final class FeedItemReader {

    /** Fewer words than this and the item is a summary, not the article. */
    static final int MIN_FULL_TEXT_WORDS = 150;

    private static final Pattern CUT_OFF =
            Pattern.compile(
                    "(?is).*(…|\\.\\.\\.|\\[…]|\\[\\.\\.\\.]|read more|continue reading|read the"
                            + " full (story|article))\\W*$");

    private final Function<String, RawDocument> pages;

    /**
     * @param pages fetches an item's link as a document, throwing {@link InputException} when it
     *     cannot
     */
    public FeedItemReader(Function<String, RawDocument> pages) {
        this.pages = pages;
    }

    /**
     * The documents of {@code feed}'s items.
     *
     * @param location names the feed in messages
     * @param fetchFullText whether items with only a summary have their article fetched
     */
    public Stream<Outcome<RawDocument>> read(String location, Feed feed, boolean fetchFullText) {
        List<FeedItem> items = feed.items();
        return IntStream.range(0, items.size())
                .mapToObj(i -> item(location, i, items.get(i), feed.title(), fetchFullText));
    }

    private Outcome<RawDocument> item(
            String location, int index, FeedItem item, String outlet, boolean fetchFullText) {
        String name =
                location + " item " + (index + 1) + (item.link() == null ? "" : " " + item.link());
        DocumentHints hints =
                new DocumentHints(item.title(), item.author(), item.published(), outlet);
        String html = item.contentHtml() != null ? item.contentHtml() : item.summaryHtml();
        boolean truncated = html == null || isSummary(html);
        try {
            if (truncated && fetchFullText && item.link() != null) {
                return new Outcome.Ok<>(name, pages.apply(item.link()).withHints(hints));
            }
            if (html == null || html.isBlank()) {
                return new Outcome.Failed<>(
                        name,
                        "the item has no content" + (item.link() == null ? " and no link" : ""));
            }
            byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
            return new Outcome.Ok<>(
                    name, new RawDocument(name, item.link(), bytes, "text/html", "UTF-8", hints));
        } catch (InputException e) {
            return new Outcome.Failed<>(name, e.reason());
        }
    }

    static boolean isSummary(String html) {
        String text = Jsoup.parse(html).text();
        return CUT_OFF.matcher(text).matches() || words(text) < MIN_FULL_TEXT_WORDS;
    }

    private static int words(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }
}
