package io.storytrace.ingest.feed;

import com.rometools.opml.feed.opml.Opml;
import com.rometools.opml.feed.opml.Outline;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import io.storytrace.pipeline.InputException;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.InputSource;

/**
 * Reads the feed subscriptions in an OPML file (1.0 or 2.0, outlines nested in folders or not) with
 * Rome, document type declarations refused. An outline with {@code fullText="false"} asks that its
 * items not have their articles fetched.
 */
public final class OpmlReader {

    /**
     * The subscriptions in {@code bytes}, in document order.
     *
     * @param location names the file in errors
     * @throws InputException when the bytes are not OPML
     */
    public List<Subscription> read(String location, byte[] bytes) {
        WireFeedInput input = new WireFeedInput();
        input.setAllowDoctypes(false);
        WireFeed feed;
        try {
            feed = input.build(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IllegalArgumentException e) {
            throw new InputException(location, "not a readable OPML file: " + e.getMessage());
        }
        if (!(feed instanceof Opml opml)) {
            throw new InputException(location, "a feed, not an OPML subscription list");
        }
        List<Subscription> subscriptions = new ArrayList<>();
        collect(location, opml.getOutlines(), subscriptions);
        return subscriptions;
    }

    private static void collect(String location, List<Outline> outlines, List<Subscription> out) {
        for (Outline outline : outlines) {
            String xmlUrl = outline.getXmlUrl();
            if (xmlUrl != null && !xmlUrl.isBlank()) {
                out.add(
                        new Subscription(
                                uri(location, xmlUrl),
                                outline.getTitle() != null ? outline.getTitle() : outline.getText(),
                                outline.getHtmlUrl() == null || outline.getHtmlUrl().isBlank()
                                        ? null
                                        : uri(location, outline.getHtmlUrl()),
                                !"false".equalsIgnoreCase(outline.getAttributeValue("fullText"))));
            }
            collect(location, outline.getChildren(), out);
        }
    }

    private static URI uri(String location, String value) {
        try {
            return URI.create(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InputException(location, "bad feed address '" + value + "'");
        }
    }
}
