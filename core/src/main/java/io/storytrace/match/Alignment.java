package io.storytrace.match;

import java.util.List;

/**
 * The sentence alignment of two articles.
 *
 * @param pairs aligned sentences, by index in the first article then the second
 * @param coverageA the share of the first article's content (sentences weighted by their rare
 *     words) that has a counterpart in the second
 * @param coverageB the same share for the second article
 * @param ordered the share of pairs that keep the same order in both articles
 * @param embedded whether sentence embeddings were consulted
 */
public record Alignment(
        List<AlignedPair> pairs,
        double coverageA,
        double coverageB,
        double ordered,
        boolean embedded) {

    public Alignment {
        pairs = List.copyOf(pairs);
    }

    /** The share of aligned content made of identical or near-identical sentences. */
    public double verbatimShare() {
        if (pairs.isEmpty()) {
            return 0;
        }
        long verbatim = pairs.stream().filter(p -> p.kind() != AlignedPair.Kind.PARAPHRASE).count();
        return verbatim / (double) pairs.size();
    }

    /** The alignment seen from the second article. */
    public Alignment swapped() {
        return new Alignment(
                pairs.stream().map(AlignedPair::swapped).toList(),
                coverageB,
                coverageA,
                ordered,
                embedded);
    }
}
