package io.storytrace.match;

import io.storytrace.text.Span;
import java.util.Objects;

/**
 * Two sentences, one from each article, that say the same thing.
 *
 * @param a the sentence's index in the first article
 * @param b the sentence's index in the second article
 * @param spanA where the first sentence lies in the first article's text
 * @param spanB where the second sentence lies in the second article's text
 * @param score how alike they are, from 0 to 1
 * @param kind how alike: the same words, nearly the same, or the same meaning in other words
 * @param lexical the weighted word overlap (Dice) of the two sentences
 * @param semantic the cosine of their embeddings, or {@code NaN} when none was needed
 */
public record AlignedPair(
        int a,
        int b,
        Span spanA,
        Span spanB,
        double score,
        Kind kind,
        double lexical,
        double semantic) {

    /** How alike two aligned sentences are. */
    public enum Kind {
        IDENTICAL,
        NEAR_IDENTICAL,
        PARAPHRASE
    }

    public AlignedPair {
        Objects.requireNonNull(spanA, "spanA");
        Objects.requireNonNull(spanB, "spanB");
        Objects.requireNonNull(kind, "kind");
    }

    /** The same pair seen from the other article. */
    public AlignedPair swapped() {
        return new AlignedPair(b, a, spanB, spanA, score, kind, lexical, semantic);
    }
}
