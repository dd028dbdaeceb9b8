package io.storytrace.ingest.feed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A feed as plain values for golden files. */
final class FeedView {

    private FeedView() {}

    static Map<String, Object> of(Feed feed) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("title", feed.title());
        view.put("link", feed.link());
        List<Map<String, Object>> items = new ArrayList<>();
        for (FeedItem item : feed.items()) {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("id", item.id());
            i.put("link", item.link());
            i.put("title", item.title());
            i.put("contentHtml", item.contentHtml());
            i.put("summaryHtml", item.summaryHtml());
            i.put("published", item.published() == null ? null : item.published().toIso());
            i.put("author", item.author());
            items.add(i);
        }
        view.put("items", items);
        return view;
    }
}
