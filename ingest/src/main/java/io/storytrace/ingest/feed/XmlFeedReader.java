package io.storytrace.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import io.storytrace.article.PublishedTime;
import io.storytrace.pipeline.InputException;
import java.io.ByteArrayInputStream;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.xml.sax.InputSource;

/**
 * Reads RSS 0.9x, 1.0 and 2.0 and Atom with Rome. Document type declarations are refused, so a feed
 * cannot make the parser read local files (XXE) or expand entities without end.
 */
final class XmlFeedReader {

    Feed read(String location, byte[] bytes) {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        input.setXmlHealerOn(true);
        SyndFeed feed;
        try {
            feed = input.build(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IllegalArgumentException e) {
            throw new InputException(location, "not a readable feed: " + describe(e));
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            items.add(
                    new FeedItem(
                            entry.getUri(),
                            entry.getLink(),
                            entry.getTitle() == null ? null : entry.getTitle().strip(),
                            content(entry.getContents()),
                            entry.getDescription() == null
                                    ? null
                                    : entry.getDescription().getValue(),
                            time(
                                    entry.getPublishedDate() != null
                                            ? entry.getPublishedDate()
                                            : entry.getUpdatedDate()),
                            entry.getAuthor() == null || entry.getAuthor().isBlank()
                                    ? null
                                    : entry.getAuthor().strip()));
        }
        return new Feed(feed.getTitle(), feed.getLink(), items);
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (message.contains("DOCTYPE") || message.contains("doctype")) {
            return "it declares a document type, which feeds do not need and which could read"
                    + " local files or expand entities without end; refused";
        }
        return message;
    }

    private static String content(List<SyndContent> contents) {
        StringBuilder html = new StringBuilder();
        for (SyndContent content : contents) {
            if (content.getValue() != null) {
                html.append(content.getValue());
            }
        }
        return html.isEmpty() ? null : html.toString();
    }

    private static PublishedTime time(Date date) {
        return date == null ? null : PublishedTime.of(date.toInstant().atOffset(ZoneOffset.UTC));
    }
}
