package io.storytrace.provenance;

import java.util.List;

/** Where a new article goes: a new story, an existing one, or several stories merged into one. */
public sealed interface StoryAssignment {

    /** No relative is in a story: the article starts one. */
    record Start() implements StoryAssignment {}

    /** All relatives are in one story: the article joins it. */
    record Join(long story) implements StoryAssignment {}

    /**
     * The article links relatives in several stories: they merge into the oldest.
     *
     * @param into the story that stays
     * @param merged the stories folded into it
     */
    record Merge(long into, List<Long> merged) implements StoryAssignment {
        public Merge {
            merged = List.copyOf(merged);
            if (merged.isEmpty()) {
                throw new IllegalArgumentException("a merge needs stories to fold in");
            }
        }
    }
}
