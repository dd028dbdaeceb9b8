package io.storytrace.article;

import java.util.Objects;

/**
 * A line that points readers to the source of an article, such as "Read More" or "Source: Variety",
 * kept apart from the body because it is a claim about provenance, not part of the story.
 *
 * @param text the marker as printed
 * @param url where the marker links to, or {@code null} when it is plain text
 */
public record SourceMarker(String text, String url) {

    public SourceMarker {
        Objects.requireNonNull(text, "text");
    }
}
