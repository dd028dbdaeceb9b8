package io.storytrace.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storytrace.article.Article;
import io.storytrace.article.Link;
import io.storytrace.article.PublishedTime;
import io.storytrace.article.RawDocument;
import io.storytrace.extract.body.Body;
import io.storytrace.extract.body.BodyExtractor;
import io.storytrace.pipeline.Extractor;
import io.storytrace.pipeline.InputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts an article from an HTML page: metadata from JSON-LD, OpenGraph, {@code <title>} and
 * {@code <time>}, and the body from the page's {@code <p>} elements inside {@code <article>} when
 * there is one. A first version; boilerplate removal is a separate stage of work.
 */
public final class HtmlExtractor implements Extractor {

    private final ObjectMapper json = new ObjectMapper();
    private final PublishedTimeParser times = new PublishedTimeParser();
    private final BodyExtractor bodies = new BodyExtractor();

    @Override
    public Article extract(RawDocument document) {
        Document page = parse(document);
        JsonNode ld = newsArticleJsonLd(page);
        Body body = bodies.extract(page);
        List<String> paragraphs = body.paragraphs();
        List<Link> links = body.links();
        if (paragraphs.isEmpty()) {
            throw new InputException(document.location(), "no paragraphs of text in the page");
        }
        return Article.builder(document.location())
                .url(first(text(ld, "url"), meta(page, "og:url"), document.url()))
                .outlet(first(text(ld.path("publisher"), "name"), meta(page, "og:site_name")))
                .headline(
                        Optional.ofNullable(
                                        first(
                                                text(ld, "headline"),
                                                meta(page, "og:title"),
                                                page.title()))
                                .orElse("")
                                .strip())
                .byline(first(text(ld.path("author"), "name"), meta(page, "author")))
                .published(published(page, ld))
                .paragraphs(paragraphs)
                .links(links)
                .build();
    }

    private static Document parse(RawDocument document) {
        String base = document.url() == null ? "" : document.url();
        try {
            return Jsoup.parse(
                    new ByteArrayInputStream(document.content()), document.charset(), base);
        } catch (IOException e) {
            throw new InputException(document.location(), "cannot read HTML: " + e.getMessage(), e);
        }
    }

    private JsonNode newsArticleJsonLd(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode node = json.readTree(script.data());
                JsonNode found = findArticle(node);
                if (found != null) {
                    return found;
                }
            } catch (IOException e) {
                // malformed JSON-LD is common; other metadata still applies
            }
        }
        return json.missingNode();
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = findArticle(item);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (node.has("@graph")) {
            return findArticle(node.get("@graph"));
        }
        String type = node.path("@type").asText("");
        return type.endsWith("Article") || type.equals("Report") ? node : null;
    }

    private PublishedTime published(Document page, JsonNode ld) {
        String[] candidates = {
            text(ld, "datePublished"),
            meta(page, "article:published_time"),
            Optional.ofNullable(page.selectFirst("time[datetime]"))
                    .map(t -> t.attr("datetime"))
                    .orElse(null)
        };
        for (String candidate : candidates) {
            Optional<PublishedTime> time = times.parse(candidate);
            if (time.isPresent()) {
                return time.get();
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.isArray() ? node.path(0).path(field) : node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    private static String meta(Document page, String name) {
        Element meta = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return meta == null || meta.attr("content").isBlank() ? null : meta.attr("content");
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
