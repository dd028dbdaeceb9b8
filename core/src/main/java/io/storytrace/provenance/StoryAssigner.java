package io.storytrace.provenance;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Decides where a new article goes from the stories of the articles it derives from or that derive
 * from it. Looked up before the article is inserted, so stories grow in ingest order and merge when
 * one article links two of them. Same-event reports do not join: they are stories of their own.
 */
public final class StoryAssigner {

    /** The assignment for an article whose derived relatives are in {@code relativeStories}. */
    public StoryAssignment assign(Collection<Long> relativeStories) {
        TreeSet<Long> stories = new TreeSet<>(relativeStories);
        if (stories.isEmpty()) {
            return new StoryAssignment.Start();
        }
        long into = stories.first();
        if (stories.size() == 1) {
            return new StoryAssignment.Join(into);
        }
        return new StoryAssignment.Merge(into, List.copyOf(stories.tailSet(into, false)));
    }
}
