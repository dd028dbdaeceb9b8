package io.storytrace.extract.metadata;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's {@code <meta>} tags by name, property or itemprop (lower case), first value wins, read
 * once so that lookups are cheap.
 */
final class MetaTags {

    private final Map<String, String> values;

    private MetaTags(Map<String, String> values) {
        this.values = values;
    }

    /** The meta tags of {@code page}. */
    static MetaTags of(Document page) {
        Map<String, String> values = new HashMap<>();
        for (Element meta : page.getElementsByTag("meta")) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String key : new String[] {"property", "name", "itemprop"}) {
                String name = meta.attr(key).strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty()) {
                    values.putIfAbsent(name, content);
                }
            }
        }
        return new MetaTags(values);
    }

    /** The first of {@code names} the page has a value for, or {@code null}. */
    String first(String... names) {
        for (String name : names) {
            String value = values.get(name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
