package io.storytrace.match;

import java.util.List;

/**
 * Finds articles in a corpus that may be related to a new one: exact body copies, near-copies
 * through LSH bands, and rewrites through signature terms, within a time window. The corpus
 * implements it; matching only reads the candidates it returns.
 */
public interface CandidateFinder {

    /** At most {@code query.limit()} candidates, best first; never the article itself. */
    List<Candidate> find(CandidateQuery query);
}
