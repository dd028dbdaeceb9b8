package io.storytrace.extract.body;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the parts of a page that are never article text: scripts, styles, embedded media, form
 * controls, hidden elements, and page furniture marked by its element (nav, aside, footer) or by
 * its class and id names (comments, share bars, related links, newsletters). It marks rather than
 * removes, so the page is left as it was given. A block that holds most of the page's paragraph
 * text is never marked, whatever its names say, because templates name article wrappers in
 * surprising ways.
 */
final class NoiseFinder {

    private static final Set<String> NEVER_TEXT =
            Set.of(
                    "script",
                    "style",
                    "noscript",
                    "template",
                    "iframe",
                    "object",
                    "embed",
                    "svg",
                    "canvas",
                    "video",
                    "audio",
                    "source",
                    "track",
                    "map",
                    "button",
                    "input",
                    "select",
                    "option",
                    "textarea",
                    "link",
                    "meta",
                    "dialog",
                    "img",
                    "picture",
                    "head",
                    "title");

    private static final Set<String> FURNITURE =
            Set.of("nav", "aside", "footer", "menu", "header", "figcaption");

    private static final Set<String> KEEP = Set.of("html", "body", "article", "main");

    /**
     * A block flagged by its names and holding more than this share of the page's paragraph text is
     * kept: names are weak evidence.
     */
    private static final double MAX_SHARE_NAMED = 0.4;

    /** The same for page furniture flagged by its element, which is stronger evidence. */
    private static final double MAX_SHARE_FURNITURE = 0.8;

    /** A page with less paragraph text than this is measured by all its text instead. */
    private static final int MIN_PARAGRAPH_CHARS = 500;

    /** The elements under {@code root} whose whole subtree is noise. */
    Set<Element> find(Element root) {
        Set<Element> noise = Collections.newSetFromMap(new IdentityHashMap<>());
        int total = paragraphChars(root);
        boolean fewParagraphs = total < MIN_PARAGRAPH_CHARS;
        mark(root, fewParagraphs ? plainChars(root) : total, fewParagraphs, noise);
        return noise;
    }

    private void mark(Element element, int total, boolean fewParagraphs, Set<Element> noise) {
        for (Element child : element.children()) {
            if (isNoise(child, total, fewParagraphs)) {
                noise.add(child);
            } else {
                mark(child, total, fewParagraphs, noise);
            }
        }
    }

    private static boolean isNoise(Element element, int total, boolean fewParagraphs) {
        String tag = element.normalName();
        if (NEVER_TEXT.contains(tag)) {
            return true;
        }
        double share;
        if (isFurniture(element)) {
            share = MAX_SHARE_FURNITURE;
        } else if (KEEP.contains(tag) && !isNestedArticle(element)) {
            return false;
        } else if (isNamedNoise(element) && isSourceLine(element)) {
            // "This article was originally published by X" in a block styled as a credit names
            // the story's source: provenance needs it, whatever the page calls it.
            return false;
        } else if (isHidden(element) || isNestedArticle(element) || isNamedNoise(element)) {
            share = MAX_SHARE_NAMED;
        } else {
            return false;
        }
        int chars = fewParagraphs ? plainChars(element) : paragraphChars(element);
        return total == 0 || chars <= share * total;
    }

    /**
     * Whether a small element reads as a line naming the story's source. Only elements of a few
     * nodes are read, so that large noise containers cost nothing here.
     */
    private static boolean isSourceLine(Element element) {
        return element.childNodeSize() <= 5
                && element.childrenSize() <= 3
                && LinkClassifier.isMarker(
                        element.text().strip(), element.selectFirst("a[href]") != null);
    }

    private static boolean isFurniture(Element element) {
        String tag = element.normalName();
        String role = element.attr("role");
        return FURNITURE.contains(tag) || role.equals("navigation") || role.equals("complementary");
    }

    private static boolean isNamedNoise(Element element) {
        return ClassHints.isBoilerplate(element)
                || (element.normalName().equals("form")
                        && !element.select("input, textarea, select").isEmpty());
    }

    /** An article inside an article is a teaser card or a comment, not the story. */
    private static boolean isNestedArticle(Element element) {
        return element.normalName().equals("article")
                && element.parent() != null
                && element.parent().closest("article") != null;
    }

    private static boolean isHidden(Element element) {
        if (element.hasAttr("hidden")) {
            return true;
        }
        String style = element.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String compact = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }

    /** Characters of text in {@code <p>} elements: what most articles are made of. */
    private static int paragraphChars(Element root) {
        int chars = 0;
        for (Element p : root.getElementsByTag("p")) {
            chars += p.text().length();
        }
        return chars;
    }

    /**
     * Characters of text outside links, for pages that break paragraphs with {@code <br>} alone and
     * so have little or no {@code <p>} text to measure by.
     */
    private static int plainChars(Element root) {
        int links = 0;
        for (Element a : root.getElementsByTag("a")) {
            links += a.text().length();
        }
        return Math.max(0, root.text().length() - links);
    }
}
