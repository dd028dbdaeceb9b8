package io.storytrace.match;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What to look for when finding an article's candidates.
 *
 * @param fingerprint the article's fingerprint
 * @param published when the article was published, or {@code null}: then no time window applies
 * @param window how far before and after {@code published} candidates may lie; articles with no
 *     publication time are always in the window
 * @param limit the most candidates to return
 */
public record CandidateQuery(
        Fingerprint fingerprint, Instant published, Duration window, int limit) {

    public CandidateQuery {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(window, "window");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
    }
}
