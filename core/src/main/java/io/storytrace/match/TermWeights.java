package io.storytrace.match;

/** How much a shared token says about two texts being related: rare words say more. */
@FunctionalInterface
public interface TermWeights {

    /** The weight of a content token, greater than zero. */
    double weight(String token);

    /** Whether some document counted so far contains {@code token}; true when not counted. */
    default boolean seen(String token) {
        return true;
    }
}
