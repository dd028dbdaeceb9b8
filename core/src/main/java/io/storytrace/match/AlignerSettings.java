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
 * @param embedBelowCoverage embeddings are consulted only while the word-level coverage of both
 *     articles stays below this
 */
public record AlignerSettings(
        double nearIdentical,
        double lexicalParaphrase,
        double semanticParaphrase,
        double semanticWithWords,
        double wordsForSemantic,
        double embedBelowCoverage) {

    public static AlignerSettings defaults() {
        return new AlignerSettings(0.8, 0.5, 0.75, 0.62, 0.2, 0.75);
    }
}
