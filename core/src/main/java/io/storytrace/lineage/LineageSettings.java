package io.storytrace.lineage;

/**
 * The thresholds quote lineage decides by, with defaults in {@link #defaults()}.
 *
 * @param alteredMinKept the least share of words kept (Dice, both sides) for a changed quotation to
 *     count as altered rather than paraphrased
 * @param alteredMinWords the least number of words kept for a quotation to count as altered
 * @param mergedMinCover the least share of a quotation's words that parts of earlier quotations
 *     must cover for it to count as merged
 * @param mergedMinPart the least number of words each merged part must bring
 * @param paraphraseMinWords the least number of content words the shorter wording must have for a
 *     paraphrase to be judged at all
 * @param paraphraseMinShared the least number of content words two wordings must share
 * @param paraphraseMinOverlap the least overlap of content words (Dice) for a paraphrase on wording
 *     alone
 * @param paraphraseMinSimilarity the least meaning similarity, when a {@link TextSimilarity} is
 *     given, for a paraphrase that shares fewer words
 * @param maxWords the most words a quotation may have to be diffed word by word; longer ones (a
 *     runaway quotation over a whole page) are compared for equality only, so that comparison stays
 *     linear in their length
 */
public record LineageSettings(
        double alteredMinKept,
        int alteredMinWords,
        double mergedMinCover,
        int mergedMinPart,
        int paraphraseMinWords,
        int paraphraseMinShared,
        double paraphraseMinOverlap,
        double paraphraseMinSimilarity,
        int maxWords) {

    public LineageSettings {
        check("alteredMinKept", alteredMinKept);
        check("mergedMinCover", mergedMinCover);
        check("paraphraseMinOverlap", paraphraseMinOverlap);
        check("paraphraseMinSimilarity", paraphraseMinSimilarity);
        if (alteredMinWords < 1 || mergedMinPart < 1 || paraphraseMinWords < 1 || maxWords < 1) {
            throw new IllegalArgumentException("word counts must be positive");
        }
    }

    public static LineageSettings defaults() {
        return new LineageSettings(0.6, 3, 0.85, 3, 3, 3, 0.35, 0.75, 400);
    }

    private static void check(String name, double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException(name + " must lie in [0, 1]: " + share);
        }
    }
}
