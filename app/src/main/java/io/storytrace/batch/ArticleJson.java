package io.storytrace.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storytrace.article.Article;
import io.storytrace.article.Link;

/**
 * An article as one JSON object, the line format of {@code storytrace ingest --out}: location, url,
 * outlet, headline, byline, published (ISO 8601 as given), paragraphs, links and source marker.
 * Missing values are left out.
 */
public final class ArticleJson {

    private final ObjectMapper json = new ObjectMapper();

    /** {@code article} as a JSON object. */
    public ObjectNode toJson(Article article) {
        ObjectNode node = json.createObjectNode();
        node.put("location", article.location());
        putIfPresent(node, "url", article.url());
        putIfPresent(node, "outlet", article.outlet());
        node.put("headline", article.headline());
        putIfPresent(node, "byline", article.byline());
        if (article.published() != null) {
            node.put("published", article.published().toIso());
        }
        ArrayNode paragraphs = node.putArray("paragraphs");
        article.paragraphs().forEach(paragraphs::add);
        ArrayNode links = node.putArray("links");
        for (Link link : article.links()) {
            links.addObject()
                    .put("url", link.url())
                    .put("text", link.text())
                    .put("role", link.role().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (article.sourceMarker() != null) {
            ObjectNode marker =
                    node.putObject("sourceMarker").put("text", article.sourceMarker().text());
            putIfPresent(marker, "url", article.sourceMarker().url());
        }
        return node;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
