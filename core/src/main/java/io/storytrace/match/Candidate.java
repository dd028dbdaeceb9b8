package io.storytrace.match;

import java.util.Objects;
import java.util.Set;

/**
 * An article of the corpus that may be related to the one being matched.
 *
 * @param articleId the candidate's id in the corpus
 * @param score how strongly the index ties it to the article; only the order matters
 * @param via which signals found it
 */
public record Candidate(long articleId, double score, Set<Via> via) {

    /** A signal that finds candidates. */
    public enum Via {
        /** The same body, token for token. */
        EXACT,
        /** At least one LSH band of the MinHash signature in common: a near-copy. */
        LSH,
        /** Shared signature terms: names, numbers, rare words. */
        SIGNATURE
    }

    public Candidate {
        via = Set.copyOf(via);
        Objects.requireNonNull(via, "via");
    }
}
