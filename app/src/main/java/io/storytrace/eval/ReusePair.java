package io.storytrace.eval;

import java.util.Objects;

/**
 * One labelled pair of the reuse format.
 *
 * @param id the pair's id
 * @param a the first text
 * @param aPublished its publication time as given, or {@code null}
 * @param b the second text
 * @param bPublished its publication time as given, or {@code null}
 * @param derived whether the label is "derived"
 */
public record ReusePair(
        String id, String a, String aPublished, String b, String bPublished, boolean derived) {

    public ReusePair {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
    }
}
