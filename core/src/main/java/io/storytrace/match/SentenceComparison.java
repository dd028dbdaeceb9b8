package io.storytrace.match;

/**
 * How alike two free-standing sentences are, and the aligner's decision.
 *
 * @param lexical the weighted word overlap (Dice)
 * @param containment the share of the shorter sentence's weighted words found in the other
 * @param semantic the cosine of their embeddings, or {@code NaN} without an embedder
 * @param score one figure of likeness from 0 to 1, for threshold sweeps
 * @param kind the aligner's decision, or {@code null} when they do not say the same thing
 */
public record SentenceComparison(
        double lexical, double containment, double semantic, double score, AlignedPair.Kind kind) {

    /** Whether the aligner takes the two sentences for the same statement. */
    public boolean aligned() {
        return kind != null;
    }
}
