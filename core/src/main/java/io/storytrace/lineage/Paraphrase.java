package io.storytrace.lineage;

import java.util.List;
import java.util.Objects;

/**
 * Why two wordings were or were not taken as the same statement in other words.
 *
 * @param shared the content words both wordings use (in some form), as the earlier wording has
 *     them, in its order
 * @param overlap the overlap of the two sets of content words (Dice), 0 to 1
 * @param similarity the meaning similarity given by a {@link TextSimilarity}, or {@code -1} when
 *     none was consulted
 * @param same whether the two were judged the same statement
 * @param context what beyond the two wordings supported the judgement
 */
public record Paraphrase(
        List<String> shared, double overlap, double similarity, boolean same, Context context) {

    /** Evidence from around two quotations that they are the same statement. */
    public enum Context {
        /** Nothing beyond the words: shared content words, or similarity of meaning. */
        NONE,
        /** Sentence alignment paired the sentences that hold the two. */
        ALIGNED_SENTENCES,
        /**
         * In a version that derives from the other, the quotation stands where the other stands
         * among the quotations both print, between two that match.
         */
        SAME_PLACE
    }

    public Paraphrase {
        shared = List.copyOf(shared);
        Objects.requireNonNull(context, "context");
    }

    /** A judgement on the two wordings alone. */
    public Paraphrase(List<String> shared, double overlap, double similarity, boolean same) {
        this(shared, overlap, similarity, same, Context.NONE);
    }

    /** This judgement, taken as the same statement on the evidence of {@code context}. */
    public Paraphrase in(Context context) {
        return new Paraphrase(shared, overlap, similarity, true, context);
    }

    /** Whether a similarity of meaning was consulted. */
    public boolean hasSimilarity() {
        return similarity >= 0;
    }
}
