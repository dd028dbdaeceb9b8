package io.storytrace.store;

import java.util.List;

/** What ingesting one article did. */
public sealed interface IngestResult {

    /** The article's id in the corpus. */
    long id();

    /**
     * The article was new and is now stored.
     *
     * @param id its id
     * @param story the story it joined or started
     * @param relatives the articles found related to it
     */
    record Added(long id, long story, List<Relative> relatives) implements IngestResult {
        public Added {
            relatives = List.copyOf(relatives);
        }
    }

    /** The same content was already stored under {@code id}: nothing changed. */
    record AlreadyPresent(long id) implements IngestResult {}
}
