package io.storytrace.extract.metadata;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Finds the article described in a page's JSON-LD: NewsArticle and its subtypes, BlogPosting and
 * the like, at the top level, in arrays or in an {@code @graph}. Pages often ship JSON-LD with
 * trailing commas, comments or raw line breaks, so parsing is lenient; a script that still does not
 * parse is skipped, as other metadata can stand in for it.
 */
final class JsonLdReader {

    private static final Set<String> ARTICLE_TYPES =
            Set.of(
                    "Article",
                    "NewsArticle",
                    "ReportageNewsArticle",
                    "AnalysisNewsArticle",
                    "OpinionNewsArticle",
                    "BackgroundNewsArticle",
                    "ReviewNewsArticle",
                    "AskPublicNewsArticle",
                    "SatiricalArticle",
                    "BlogPosting",
                    "LiveBlogPosting",
                    "SocialMediaPosting",
                    "Report",
                    "TechArticle",
                    "ScholarlyArticle",
                    "AdvertiserContentArticle",
                    "Review",
                    "Blog");

    private static final Set<String> PAGE_TYPES = Set.of("WebPage", "ItemPage", "WebSite");

    /** Deeper nesting than this is not metadata; it also bounds the work on hostile input. */
    private static final int MAX_DEPTH = 8;

    private final ObjectMapper json =
            JsonMapper.builder()
                    .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                    .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                    .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
                    .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
                    .build();

    /** The article in {@code page}'s JSON-LD, or {@link JsonLdArticle#NONE}. */
    JsonLdArticle read(Document page) {
        List<JsonNode> articles = new ArrayList<>();
        List<JsonNode> pages = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                collect(json.readTree(script.data().strip()), articles, pages, 0);
            } catch (IOException e) {
                // malformed JSON-LD is common; the meta tags still apply
            }
        }
        JsonNode best =
                articles.isEmpty() ? (pages.isEmpty() ? null : pages.get(0)) : pick(articles);
        return best == null ? JsonLdArticle.NONE : toArticle(best);
    }

    private static void collect(
            JsonNode node, List<JsonNode> articles, List<JsonNode> pages, int depth) {
        if (node == null || depth > MAX_DEPTH) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                collect(item, articles, pages, depth + 1);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (hasType(node, ARTICLE_TYPES)) {
            articles.add(node);
        } else if (hasType(node, PAGE_TYPES)) {
            pages.add(node);
        }
        collect(node.get("@graph"), articles, pages, depth + 1);
        collect(node.get("mainEntity"), articles, pages, depth + 1);
        collect(node.get("mainEntityOfPage"), articles, pages, depth + 1);
    }

    /** Of several articles, the one with the most to say (a page lists related ones too). */
    private static JsonNode pick(List<JsonNode> articles) {
        JsonNode best = articles.get(0);
        for (JsonNode article : articles) {
            if (article.has("articleBody") && !best.has("articleBody")) {
                best = article;
            }
        }
        return best;
    }

    private static boolean hasType(JsonNode node, Set<String> types) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (types.contains(strip(t.asText()))) {
                    return true;
                }
            }
            return false;
        }
        return types.contains(strip(type.asText()));
    }

    private static String strip(String type) {
        int slash = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
        return slash >= 0 ? type.substring(slash + 1) : type;
    }

    private static JsonLdArticle toArticle(JsonNode node) {
        return new JsonLdArticle(
                text(node.get("headline")) != null
                        ? text(node.get("headline"))
                        : text(node.get("name")),
                names(node.get("author")),
                text(node.get("datePublished")) != null
                        ? text(node.get("datePublished"))
                        : text(node.get("dateCreated")),
                names(node.get("publisher")),
                url(node),
                text(node.get("description")),
                text(node.get("articleBody")));
    }

    private static String url(JsonNode node) {
        String url = text(node.get("url"));
        if (url != null) {
            return url;
        }
        JsonNode main = node.get("mainEntityOfPage");
        if (main != null && main.isObject()) {
            return text(main.get("@id"));
        }
        return text(main);
    }

    /** A person or organisation, a list of them, or a plain name, as one line. */
    private static String names(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            List<String> names = new ArrayList<>();
            for (JsonNode item : node) {
                String name = names(item);
                if (name != null && !names.contains(name)) {
                    names.add(name);
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return node.isObject() ? text(node.get("name")) : text(node);
    }

    private static String text(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : text(node.get(0));
        }
        if (!node.isValueNode()) {
            return null;
        }
        String value = Parser.unescapeEntities(node.asText(), false).strip();
        return value.isEmpty() ? null : value;
    }
}
