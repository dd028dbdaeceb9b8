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
 * @param found labelled spans matched now that the baseline missed
 * @param lost labelled spans the baseline matched that are missed now
 */
public record QuoteComparison(
        QuoteScore now, QuoteScore baseline, int fixed, int broken, int found, int lost) {

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
        int found = 0;
        int lost = 0;
        for (int i = 0; i < now.speakerOutcomes().size(); i++) {
            Boolean after = now.speakerOutcomes().get(i);
            Boolean before = baseline.speakerOutcomes().get(i);
            if (after == null || before == null) {
                found += after != null ? 1 : 0;
                lost += before != null ? 1 : 0;
            } else if (!after.equals(before)) {
                fixed += after ? 1 : 0;
                broken += after ? 0 : 1;
            }
        }
        return new QuoteComparison(now, baseline, fixed, broken, found, lost);
    }

    /** The exact McNemar p-value of the speakers fixed against those broken. */
    public double pValue() {
        return Binomial.mcNemar(fixed, broken);
    }
}
