package io.storytrace.extract.body;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Reads what an element's class and id names say about it. Names are split into words (at
 * punctuation and at camel case), so that {@code related-links} and {@code relatedLinks} both say
 * "related" while {@code headline} does not say "ad". The word lists follow the conventions that
 * page templates share across sites (Readability and trafilatura use similar ones); none names a
 * particular site.
 */
final class ClassHints {

    /** Words that mark a block which is never article text, whatever else its name says. */
    private static final Set<String> BOILERPLATE =
            Set.of(
                    "ad",
                    "ads",
                    "adv",
                    "advert",
                    "advertisement",
                    "advertising",
                    "adslot",
                    "adunit",
                    "banner",
                    "breadcrumb",
                    "breadcrumbs",
                    "comment",
                    "comments",
                    "disqus",
                    "footer",
                    "gdpr",
                    "cookie",
                    "cookies",
                    "consent",
                    "masthead",
                    "menu",
                    "nav",
                    "navbar",
                    "navigation",
                    "newsletter",
                    "newsletters",
                    "outbrain",
                    "taboola",
                    "popup",
                    "modal",
                    "promo",
                    "promotion",
                    "promoted",
                    "related",
                    "recommended",
                    "recommendations",
                    "recirc",
                    "recirculation",
                    "share",
                    "sharing",
                    "sharebar",
                    "social",
                    "sidebar",
                    "sponsor",
                    "sponsored",
                    "subscribe",
                    "subscription",
                    "signup",
                    "paywall",
                    "widget",
                    "trending",
                    "popular",
                    "mostread",
                    "toolbar",
                    "tools",
                    "pagination",
                    "pager",
                    "skip",
                    "hidden",
                    "sronly",
                    "offscreen",
                    "visuallyhidden",
                    "screenreader",
                    "login",
                    "ticker",
                    "carousel",
                    "slideshow",
                    "rail",
                    "follow",
                    "print",
                    "rss",
                    "tags",
                    "tag",
                    "keywords",
                    "byline",
                    "author",
                    "authors",
                    "dateline",
                    "timestamp",
                    "published",
                    "updated",
                    "caption",
                    "credit",
                    "credits",
                    "copyright",
                    "disclaimer",
                    "jump",
                    "toc",
                    "alert",
                    "overlay",
                    "dialog",
                    "teaser",
                    "teasers",
                    "excerpt",
                    "rollover",
                    "dek",
                    "deck",
                    "standfirst",
                    "subtitle",
                    "subheadline",
                    "kicker",
                    "eyebrow",
                    "strapline",
                    "keypoints",
                    "takeaways",
                    "bio",
                    "tooltip",
                    "popover",
                    "hovercard",
                    "upsell",
                    "donate",
                    "donation",
                    "feedback",
                    "survey");

    /** Words that mark the article container. */
    private static final Set<String> ARTICLE =
            Set.of(
                    "article",
                    "articlebody",
                    "body",
                    "content",
                    "entry",
                    "hentry",
                    "main",
                    "post",
                    "story",
                    "storybody",
                    "text",
                    "prose",
                    "richtext",
                    "blog");

    private ClassHints() {}

    /** Whether the element's names mark it as boilerplate. */
    static boolean isBoilerplate(Element element) {
        return anyWord(element, BOILERPLATE);
    }

    /** Whether the element's names mark it as the article's container. */
    static boolean isArticle(Element element) {
        return anyWord(element, ARTICLE);
    }

    private static boolean anyWord(Element element, Set<String> words) {
        String names = element.className() + " " + element.id();
        if (names.isBlank()) {
            return false;
        }
        int n = names.length();
        StringBuilder word = new StringBuilder();
        String previous = "";
        for (int i = 0; i <= n; i++) {
            char c = i < n ? names.charAt(i) : ' ';
            boolean boundary =
                    !Character.isLetterOrDigit(c)
                            || (Character.isUpperCase(c)
                                    && !word.isEmpty()
                                    && Character.isLowerCase(word.charAt(word.length() - 1)));
            if (boundary && !word.isEmpty()) {
                String current = word.toString().toLowerCase(Locale.ROOT);
                // "most-read" and "sr-only" are one word split by punctuation
                if (words.contains(current) || words.contains(previous + current)) {
                    return true;
                }
                previous = current;
                word.setLength(0);
            }
            if (c == ' ') {
                previous = "";
            }
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            }
        }
        return false;
    }
}
