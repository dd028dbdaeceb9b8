package io.storytrace.lineage;

import io.storytrace.text.Span;
import java.util.Objects;

/**
 * Two sentences of different versions that say the same thing, as sentence alignment found them:
 * quotations inside them are taken as the same statement even when their words differ.
 *
 * @param a one version's id
 * @param spanA the sentence in that version's text
 * @param b the other version's id
 * @param spanB the sentence in that version's text
 */
public record Counterpart(String a, Span spanA, String b, Span spanB) {

    public Counterpart {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(spanA, "spanA");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(spanB, "spanB");
    }

    /** Whether this pair holds {@code x} on one side and {@code y} on the other. */
    boolean holds(Occurrence x, Occurrence y) {
        return (inside(a, spanA, x) && inside(b, spanB, y))
                || (inside(a, spanA, y) && inside(b, spanB, x));
    }

    private static boolean inside(String version, Span sentence, Occurrence printing) {
        return version.equals(printing.version())
                && printing.quote().spans().stream().anyMatch(s -> s.overlap(sentence) > 0);
    }
}
