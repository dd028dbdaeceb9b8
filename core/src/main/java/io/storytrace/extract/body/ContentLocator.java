package io.storytrace.extract.body;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Picks the element that holds the article: each text block votes for the elements above it, prose
 * for and link lists against, and the element with the highest total wins. A wrapper that adds only
 * boilerplate around the article scores lower than the article's own container, so the winner is as
 * tight as the page's structure allows.
 */
final class ContentLocator {

    /** Blocks shorter than this (outside links) neither help nor hurt a container. */
    static final int MIN_PROSE_CHARS = 25;

    /** Elements that hold one paragraph, list or quotation rather than an article. */
    private static final Set<String> PARAGRAPH_LEVEL =
            Set.of(
                    "p",
                    "h1",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "li",
                    "ul",
                    "ol",
                    "dl",
                    "dd",
                    "dt",
                    "blockquote",
                    "pre",
                    "td",
                    "th",
                    "tr",
                    "tbody",
                    "thead",
                    "table",
                    "figcaption",
                    "span",
                    "em",
                    "strong",
                    "b",
                    "i",
                    "a",
                    "font");

    /** A link-heavy block counts against its containers by at most this much. */
    private static final int MAX_PENALTY = 100;

    /** The element holding the article, or {@code root} when no block reads as prose. */
    Element locate(Element root, List<TextBlock> blocks) {
        Map<Element, double[]> scores = new IdentityHashMap<>();
        for (TextBlock block : blocks) {
            double vote = vote(block);
            if (vote == 0) {
                continue;
            }
            for (Element e = block.owner(); e != null; e = e.parent()) {
                scores.computeIfAbsent(e, k -> new double[1])[0] += vote;
                if (e == root) {
                    break;
                }
            }
        }
        Element best = root;
        double bestScore = 0;
        for (Map.Entry<Element, double[]> entry : scores.entrySet()) {
            double score = entry.getValue()[0];
            if (score > bestScore || (score == bestScore && depth(entry.getKey()) > depth(best))) {
                best = entry.getKey();
                bestScore = score;
            }
        }
        return best == root ? root : containerOf(best);
    }

    /** A paragraph is never the container: the article is its parent, with its neighbours. */
    private static Element containerOf(Element element) {
        Element e = element;
        while (PARAGRAPH_LEVEL.contains(e.normalName()) && e.parent() != null) {
            e = e.parent();
        }
        return e;
    }

    /** How much a block says the elements above it hold the article. */
    static double vote(TextBlock block) {
        if (block.linkDensity() > 0.5) {
            return -Math.min(MAX_PENALTY, block.text().length());
        }
        int plain = block.plainChars();
        if (plain < MIN_PROSE_CHARS) {
            return 0;
        }
        double weight =
                switch (block.kind()) {
                    case PARAGRAPH, QUOTE -> 1.0;
                    case OTHER -> 0.8;
                    case LIST_ITEM, CELL -> 0.5;
                    case HEADING, CAPTION -> 0;
                };
        return weight * plain - block.linkChars();
    }

    private static int depth(Element element) {
        int depth = 0;
        for (Element e = element; e != null; e = e.parent()) {
            depth++;
        }
        return depth;
    }
}
