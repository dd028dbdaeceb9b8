package io.storytrace.eval;

/**
 * Two runs of the quotation extractor scored on the same labelled set: how many labelled spans one
 * run gave the right speaker and the other did not, and whether that split is more than chance.
 * Only spans both runs matched count; a span only one run found is a span figure, not a speaker
 * one.
 *
 * @param now the run being judged
 * @param baseline the earlier run it is judged against
 * @param fixed spans whose speaker is right now and was wrong in the baseline
 * @param broken spans whose speaker was right in the baseline and is wrong now
 */
public record QuoteComparison(QuoteScore now, QuoteScore baseline, int fixed, int broken) {

    /** Compares two scores of the same labelled set. */
    public static QuoteComparison of(QuoteScore now, QuoteScore baseline) {
        if (now.speakerOutcomes().size() != baseline.speakerOutcomes().size()) {
            throw new IllegalArgumentException(
                    "the runs scored different sets: "
                            + now.speakerOutcomes().size()
                            + " and "
                            + baseline.speakerOutcomes().size()
                            + " labelled spans");
        }
        int fixed = 0;
        int broken = 0;
        for (int i = 0; i < now.speakerOutcomes().size(); i++) {
            Boolean after = now.speakerOutcomes().get(i);
            Boolean before = baseline.speakerOutcomes().get(i);
            if (after == null || before == null || after.equals(before)) {
                continue;
            }
            if (after) {
                fixed++;
            } else {
                broken++;
            }
        }
        return new QuoteComparison(now, baseline, fixed, broken);
    }

    /** The exact McNemar p-value of the speakers fixed against those broken. */
    public double pValue() {
        return Binomial.mcNemar(fixed, broken);
    }
}
