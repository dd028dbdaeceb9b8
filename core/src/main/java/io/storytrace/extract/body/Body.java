package io.storytrace.extract.body;

import io.storytrace.article.Link;
import io.storytrace.article.SourceMarker;
import java.util.List;

/**
 * An article's body as found in a page.
 *
 * @param paragraphs the body's blocks of text, in order, each non-blank
 * @param links the links inside those blocks and in the source marker, in order
 * @param sourceMarker a "Read more" or "Source:" line pointing to where the story came from, or
 *     {@code null}
 */
public record Body(List<String> paragraphs, List<Link> links, SourceMarker sourceMarker) {

    public Body {
        paragraphs = List.copyOf(paragraphs);
        links = List.copyOf(links);
    }
}
