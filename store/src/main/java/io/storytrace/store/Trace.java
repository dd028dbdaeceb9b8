package io.storytrace.store;

import io.storytrace.analyze.AnalyzedArticle;
import io.storytrace.provenance.Story;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article matched against the corpus without storing it.
 *
 * @param analyzed the article traced
 * @param storedId its id when the corpus already holds the same content
 * @param relatives the corpus articles related to it, strongest first
 * @param story its family: the story it belongs to, with the article placed in it under id {@link
 *     #TRACED} when it is not stored
 */
public record Trace(
        AnalyzedArticle analyzed,
        Optional<Long> storedId,
        List<Relative> relatives,
        Optional<Story> story) {

    /** The id under which a traced article that the corpus does not hold appears in its story. */
    public static final long TRACED = 0;

    public Trace {
        Objects.requireNonNull(analyzed, "analyzed");
        Objects.requireNonNull(storedId, "storedId");
        relatives = List.copyOf(relatives);
        Objects.requireNonNull(story, "story");
    }
}
