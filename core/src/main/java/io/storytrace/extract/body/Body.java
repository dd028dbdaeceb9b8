package io.storytrace.extract.body;

import io.storytrace.article.Link;
import java.util.List;

/**
 * An article's body as found in a page.
 *
 * @param paragraphs the body's blocks of text, in order, each non-blank
 * @param links the links inside those blocks, in order
 */
public record Body(List<String> paragraphs, List<Link> links) {

    public Body {
        paragraphs = List.copyOf(paragraphs);
        links = List.copyOf(links);
    }
}
