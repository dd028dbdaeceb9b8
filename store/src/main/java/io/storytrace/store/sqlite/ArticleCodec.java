package io.storytrace.store.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storytrace.article.Article;
import io.storytrace.article.Link;
import io.storytrace.article.PublishedTime;
import io.storytrace.article.SourceMarker;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Writes an {@link Article} as JSON for its row and reads it back unchanged. */
public final class ArticleCodec {

    private final ObjectMapper json = new ObjectMapper();

    public String write(Article article) {
        ObjectNode node = json.createObjectNode();
        node.put("location", article.location());
        node.put("url", article.url());
        node.put("outlet", article.outlet());
        node.put("headline", article.headline());
        node.put("byline", article.byline());
        PublishedTime p = article.published();
        if (p != null) {
            ObjectNode t = node.putObject("published");
            t.put("dateTime", p.dateTime().toString());
            t.put("offset", p.offset() == null ? null : p.offset().getId());
            t.put("precision", p.precision().name());
        }
        ArrayNode paragraphs = node.putArray("paragraphs");
        article.paragraphs().forEach(paragraphs::add);
        ArrayNode links = node.putArray("links");
        for (Link link : article.links()) {
            links.addObject()
                    .put("url", link.url())
                    .put("text", link.text())
                    .put("role", link.role().name());
        }
        if (article.sourceMarker() != null) {
            node.putObject("sourceMarker")
                    .put("text", article.sourceMarker().text())
                    .put("url", article.sourceMarker().url());
        }
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write article " + article.location(), e);
        }
    }

    public Article read(String text) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored article is not valid JSON", e);
        }
        List<String> paragraphs = new ArrayList<>();
        node.path("paragraphs").forEach(p -> paragraphs.add(p.asText()));
        List<Link> links = new ArrayList<>();
        for (JsonNode l : node.path("links")) {
            links.add(
                    new Link(
                            l.path("url").asText(),
                            l.path("text").asText(),
                            Link.Role.valueOf(l.path("role").asText())));
        }
        SourceMarker marker = null;
        if (node.hasNonNull("sourceMarker")) {
            JsonNode m = node.get("sourceMarker");
            marker = new SourceMarker(m.path("text").asText(), text(m, "url"));
        }
        PublishedTime published = null;
        if (node.hasNonNull("published")) {
            JsonNode t = node.get("published");
            String offset = text(t, "offset");
            published =
                    new PublishedTime(
                            LocalDateTime.parse(t.path("dateTime").asText()),
                            offset == null ? null : ZoneOffset.of(offset),
                            PublishedTime.Precision.valueOf(t.path("precision").asText()));
        }
        return Article.builder(node.path("location").asText())
                .url(text(node, "url"))
                .outlet(text(node, "outlet"))
                .headline(node.path("headline").asText(""))
                .byline(text(node, "byline"))
                .published(published)
                .paragraphs(paragraphs)
                .links(links)
                .sourceMarker(marker)
                .build();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
