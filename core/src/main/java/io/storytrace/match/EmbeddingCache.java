package io.storytrace.match;

import java.util.Map;
import java.util.Set;

/** Keeps sentence vectors by the hash of the sentence's text, so no sentence is embedded twice. */
public interface EmbeddingCache {

    /** The vectors known for {@code hashes}; missing ones are absent from the map. */
    Map<String, float[]> get(Set<String> hashes);

    /** Remembers new vectors. */
    void put(Map<String, float[]> vectors);
}
