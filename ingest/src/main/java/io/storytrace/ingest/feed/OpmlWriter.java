package io.storytrace.ingest.feed;

import com.rometools.opml.feed.opml.Attribute;
import com.rometools.opml.feed.opml.Opml;
import com.rometools.opml.feed.opml.Outline;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.util.ArrayList;
import java.util.List;

/** Writes subscriptions as an OPML 2.0 document that other feed readers import. */
public final class OpmlWriter {

    /** The OPML text of {@code subscriptions}, titled {@code title}. */
    public String write(String title, List<Subscription> subscriptions) {
        Opml opml = new Opml();
        opml.setFeedType("opml_2.0");
        opml.setTitle(title);
        List<Outline> outlines = new ArrayList<>();
        for (Subscription subscription : subscriptions) {
            String name =
                    subscription.title() == null
                            ? subscription.feedUrl().toString()
                            : subscription.title();
            Outline outline = new Outline();
            outline.setType("rss");
            outline.setText(name);
            outline.setTitle(name);
            outline.getAttributes().add(new Attribute("xmlUrl", subscription.feedUrl().toString()));
            if (subscription.siteUrl() != null) {
                outline.getAttributes()
                        .add(new Attribute("htmlUrl", subscription.siteUrl().toString()));
            }
            if (!subscription.fetchFullText()) {
                outline.getAttributes().add(new Attribute("fullText", "false"));
            }
            outlines.add(outline);
        }
        opml.setOutlines(outlines);
        try {
            return new WireFeedOutput().outputString(opml, true);
        } catch (FeedException e) {
            throw new IllegalStateException("cannot write OPML: " + e.getMessage(), e);
        }
    }
}
