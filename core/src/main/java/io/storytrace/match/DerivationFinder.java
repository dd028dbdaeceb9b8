package io.storytrace.match;

/**
 * Matching's front door for one pair of articles: aligns their sentences, then judges the
 * derivation. It finds no candidates; a {@link CandidateFinder} does.
 */
public final class DerivationFinder {

    private final SentenceAligner aligner;
    private final DerivationJudge judge;

    public DerivationFinder(SentenceAligner aligner, DerivationJudge judge) {
        this.aligner = aligner;
        this.judge = judge;
    }

    /** How {@code a} relates to {@code b}. */
    public Derivation derive(ArticleProfile a, ArticleProfile b, TermWeights weights) {
        return judge.judge(a, b, aligner.align(a, b, weights));
    }
}
