package io.storytrace.lineage;

import java.util.List;

/**
 * Why two wordings were or were not taken as the same statement in other words.
 *
 * @param shared the content words both wordings use (in some form), as the earlier wording has
 *     them, in its order
 * @param overlap the overlap of the two sets of content words (Dice), 0 to 1
 * @param similarity the meaning similarity given by a {@link TextSimilarity}, or {@code -1} when
 *     none was consulted
 * @param same whether the two were judged the same statement
 * @param aligned whether sentence alignment paired the sentences that hold the two
 */
public record Paraphrase(
        List<String> shared, double overlap, double similarity, boolean same, boolean aligned) {

    public Paraphrase {
        shared = List.copyOf(shared);
    }

    /** A judgement on wording, and meaning where consulted, without alignment. */
    public Paraphrase(List<String> shared, double overlap, double similarity, boolean same) {
        this(shared, overlap, similarity, same, false);
    }

    /** This judgement taken as a paraphrase because the holding sentences were aligned. */
    public Paraphrase byAlignment() {
        return new Paraphrase(shared, overlap, similarity, true, true);
    }

    /** Whether a similarity of meaning was consulted. */
    public boolean hasSimilarity() {
        return similarity >= 0;
    }
}
