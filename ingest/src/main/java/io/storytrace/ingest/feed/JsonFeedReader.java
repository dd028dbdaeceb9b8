package io.storytrace.ingest.feed;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storytrace.extract.PublishedTimeParser;
import io.storytrace.pipeline.InputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads JSON Feed 1.0 and 1.1 (jsonfeed.org) with Jackson. */
final class JsonFeedReader {

    private final ObjectMapper json = new ObjectMapper();
    private final PublishedTimeParser times = new PublishedTimeParser();

    Feed read(String location, byte[] bytes) {
        JsonNode root;
        try {
            root = json.readTree(bytes);
        } catch (JacksonException e) {
            throw new InputException(location, "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException(location, "cannot read: " + e.getMessage());
        }
        if (!root.path("version").asText("").contains("jsonfeed.org")) {
            throw new InputException(location, "JSON without a jsonfeed.org version: not a feed");
        }
        List<FeedItem> items = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            items.add(
                    new FeedItem(
                            text(item, "id"),
                            first(text(item, "url"), text(item, "external_url")),
                            text(item, "title"),
                            first(text(item, "content_html"), escaped(text(item, "content_text"))),
                            text(item, "summary"),
                            times.find(text(item, "date_published")).orElse(null),
                            author(item)));
        }
        return new Feed(text(root, "title"), text(root, "home_page_url"), items);
    }

    private static String author(JsonNode item) {
        JsonNode authors = item.path("authors");
        if (authors.isArray() && !authors.isEmpty()) {
            return text(authors.get(0), "name");
        }
        return text(item.path("author"), "name");
    }

    /** Plain text as HTML paragraphs, one per blank-line separated block. */
    private static String escaped(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder html = new StringBuilder();
        for (String block : text.split("\\n\\s*\\n")) {
            html.append("<p>")
                    .append(org.jsoup.nodes.Entities.escape(block.strip()))
                    .append("</p>\n");
        }
        return html.toString();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
