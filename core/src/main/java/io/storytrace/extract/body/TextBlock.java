package io.storytrace.extract.body;

import io.storytrace.article.Link;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Element;

/**
 * A run of text between two block-level boundaries of a page, such as one paragraph or one list
 * item, with what is known about it that tells prose from boilerplate.
 *
 * @param text the text with white space collapsed, never blank
 * @param owner the nearest block-level element that holds the text
 * @param kind what sort of element holds it
 * @param linkChars how many of its characters are inside links
 * @param links the links in it, in order
 */
record TextBlock(String text, Element owner, Kind kind, int linkChars, List<Link> links) {

    /** The sort of element a block sits in, as far as extraction cares. */
    enum Kind {
        PARAGRAPH,
        HEADING,
        LIST_ITEM,
        QUOTE,
        CELL,
        CAPTION,
        OTHER
    }

    TextBlock {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(kind, "kind");
        links = List.copyOf(links);
    }

    /** The share of the text that is link text, from 0 to 1. */
    double linkDensity() {
        return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
    }

    /** Characters outside links. */
    int plainChars() {
        return Math.max(0, text.length() - linkChars);
    }
}
