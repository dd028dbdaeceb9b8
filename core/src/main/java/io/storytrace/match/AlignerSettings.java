package io.storytrace.match;

/**
 * Thresholds of {@link SentenceAligner}, on the weighted word overlap (Dice, 0 to 1) and on the
 * cosine of sentence embeddings.
 *
 * @param nearIdentical overlap from which two sentences count as nearly the same
 * @param lexicalParaphrase overlap from which two sentences count as a paraphrase on words alone
 * @param semanticParaphrase cosine from which two sentences count as a paraphrase on meaning alone
 * @param semanticWithWords a lower cosine that suffices when the sentences also share words
 * @param wordsForSemantic the overlap that must accompany {@code semanticWithWords}
 * @param containment the share of the shorter sentence's weighted words found in the longer from
 *     which a sentence counts as part of another (a rewrite that splits or merges sentences)
 * @param semanticForPart the cosine that suffices with {@code partContainment}
 * @param partContainment the containment that must accompany {@code semanticForPart}
 * @param combinedEvidence the least cosine + 0.5 overlap + 0.3 containment that aligns two
 *     sentences sharing three words or more
 * @param hint the word overlap (or twice it in containment) that makes two sentences worth
 *     comparing by embeddings
 * @param embedPotential embeddings are consulted only when the coverage found plus the sentences
 *     with hints could reach this
 * @param embedBelowCoverage embeddings are consulted only while the word-level coverage of both
 *     articles stays below this
 */
public record AlignerSettings(
        double nearIdentical,
        double lexicalParaphrase,
        double semanticParaphrase,
        double semanticWithWords,
        double wordsForSemantic,
        double containment,
        double semanticForPart,
        double partContainment,
        double combinedEvidence,
        double hint,
        double embedPotential,
        double embedBelowCoverage) {

    public static AlignerSettings defaults() {
        return new AlignerSettings(
                0.8, 0.5, 0.72, 0.6, 0.15, 0.75, 0.4, 0.6, 0.85, 0.1, 0.45, 0.75);
    }

    /**
     * The same settings with embeddings consulted only while the word-level coverage stays below
     * {@code value}: ingest passes the derivation threshold, since above it embeddings cannot
     * change the decision, only add evidence.
     */
    public AlignerSettings withEmbedBelowCoverage(double value) {
        return new AlignerSettings(
                nearIdentical,
                lexicalParaphrase,
                semanticParaphrase,
                semanticWithWords,
                wordsForSemantic,
                containment,
                semanticForPart,
                partContainment,
                combinedEvidence,
                hint,
                embedPotential,
                value);
    }
}
