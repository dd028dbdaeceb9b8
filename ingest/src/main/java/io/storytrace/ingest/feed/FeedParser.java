package io.storytrace.ingest.feed;

import io.storytrace.pipeline.InputException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads a feed of any supported kind, telling JSON Feed from XML (RSS, RDF, Atom) by the first
 * bytes. XML is parsed with document type declarations refused, which shuts out external entities
 * and entity expansion bombs alike.
 */
public final class FeedParser {

    private final XmlFeedReader xml = new XmlFeedReader();
    private final JsonFeedReader json = new JsonFeedReader();

    /**
     * The feed in {@code bytes}.
     *
     * @param location names the feed in errors
     * @throws InputException when the bytes are not a feed that can be read
     */
    public Feed parse(String location, byte[] bytes) {
        return isJson(bytes) ? json.read(location, bytes) : xml.read(location, bytes);
    }

    /** Whether {@code bytes} look like a feed at all, JSON Feed or XML. */
    public static boolean looksLikeFeed(byte[] bytes) {
        if (isJson(bytes)) {
            String head = head(bytes, 2048);
            return head.contains("jsonfeed.org");
        }
        String head = head(bytes, 1024).toLowerCase(Locale.ROOT);
        return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
    }

    private static boolean isJson(byte[] bytes) {
        String head = head(bytes, 64).stripLeading();
        return head.startsWith("{") || head.startsWith("\uFEFF{");
    }

    private static String head(byte[] bytes, int n) {
        return new String(bytes, 0, Math.min(n, bytes.length), StandardCharsets.UTF_8);
    }
}
