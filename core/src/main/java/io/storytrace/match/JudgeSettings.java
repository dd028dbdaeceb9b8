package io.storytrace.match;

/**
 * Thresholds of {@link DerivationJudge}.
 *
 * @param derived the score (larger coverage) from which one text derives from the other
 * @param copy the coverage both ways from which a derived text is a copy
 * @param excerpt the coverage of the smaller text from which it is an excerpt
 * @param verbatim the share of verbatim pairs a copy or an excerpt needs
 * @param sameEventNames the names two reports of one event share at least
 * @param decisive the margin of direction evidence needed to name a direction
 */
public record JudgeSettings(
        double derived,
        double copy,
        double excerpt,
        double verbatim,
        int sameEventNames,
        double decisive) {

    public static JudgeSettings defaults() {
        return new JudgeSettings(0.45, 0.9, 0.85, 0.8, 2, 0.5);
    }
}
