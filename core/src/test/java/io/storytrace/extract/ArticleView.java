package io.storytrace.extract;

import io.storytrace.article.Article;
import io.storytrace.article.Link;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An article as plain values, so golden files show every field readably. */
final class ArticleView {

    private ArticleView() {}

    static Map<String, Object> of(Article article) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("url", article.url());
        view.put("outlet", article.outlet());
        view.put("headline", article.headline());
        view.put("byline", article.byline());
        view.put("published", article.published() == null ? null : article.published().toIso());
        view.put("paragraphs", article.paragraphs());
        List<Map<String, String>> links = new ArrayList<>();
        for (Link link : article.links()) {
            links.add(Map.of("url", link.url(), "text", link.text(), "role", link.role().name()));
        }
        view.put("links", links);
        view.put(
                "sourceMarker",
                article.sourceMarker() == null
                        ? null
                        : Map.of(
                                "text",
                                article.sourceMarker().text(),
                                "url",
                                String.valueOf(article.sourceMarker().url())));
        return view;
    }
}
